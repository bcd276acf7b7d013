package org.utilityportal.quality;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One version of a scorecard.
 *
 * @param id its id
 * @param kind the kind of inspection it scores
 * @param version its version number
 * @param status draft, in use or retired
 * @param nameZh Chinese name
 * @param nameEn English name
 * @param items its items in order
 * @param publishedBy who published it, or {@code null}
 * @param publishedAt when, or {@code null}
 * @param rowVersion optimistic-locking version
 */
public record ScorecardView(long id, InspectionKind kind, int version, ScorecardStatus status, String nameZh,
		String nameEn, List<Item> items, String publishedBy, Instant publishedAt, long rowVersion) {

	/** The name in a language. */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameZh;
	}

	/** Its groups, in the order of their first item. */
	public List<String> groups() {
		return this.items.stream().map(Item::groupCode).distinct().toList();
	}

	/** The most the card scores. */
	public int maxPoints() {
		return this.items.stream().mapToInt(Item::points).sum();
	}

	/**
	 * One item.
	 *
	 * @param groupCode its group
	 * @param code its code
	 * @param textZh Chinese text
	 * @param textEn English text
	 * @param points the most it scores
	 */
	public record Item(String groupCode, String code, String textZh, String textEn, int points) {

		/** The text in a language. */
		public String text(Locale locale) {
			return "en".equals(locale.getLanguage()) ? this.textEn : this.textZh;
		}

		/** The message key of its group's name. */
		public String groupKey() {
			return "quality.group." + this.groupCode;
		}

	}

}
