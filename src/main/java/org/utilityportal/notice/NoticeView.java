package org.utilityportal.notice;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.utilityportal.shared.domain.Utility;

/**
 * A notice as pages and the API show it.
 *
 * @param id notice id
 * @param utility electricity, water, gas or metro
 * @param kind what it announces
 * @param titleZh title in Simplified Chinese
 * @param titleEn title in English
 * @param bodyZh text in Simplified Chinese (may be empty)
 * @param bodyEn text in English (may be empty)
 * @param areas the affected areas (electricity, water, gas); empty for metro
 * @param metroLines the lines and stations (metro); {@code null} otherwise
 * @param startsAt when the outage, works or change begins
 * @param endsAt when it is expected to end (after {@code startsAt})
 * @param status draft, published, withdrawn or superseded
 * @param replacesId the published notice this one corrects, or {@code null}
 * @param writtenBy who wrote it (user name)
 * @param writtenAt when it was written
 * @param publishedBy who published it, or {@code null}
 * @param publishedAt when it was published, or {@code null}
 * @param withdrawnBy who withdrew it (or published its revision), or {@code null}
 * @param withdrawnAt when, or {@code null}
 * @param withdrawReason why, or {@code null}
 * @param version optimistic-locking version
 */
public record NoticeView(long id, Utility utility, NoticeKind kind, String titleZh, String titleEn, String bodyZh,
		String bodyEn, List<NoticeArea> areas, String metroLines, Instant startsAt, Instant endsAt, NoticeStatus status,
		Long replacesId, String writtenBy, Instant writtenAt, String publishedBy, Instant publishedAt,
		String withdrawnBy, Instant withdrawnAt, String withdrawReason, long version) {

	/** The title in the reader's language (English for English, else Chinese). */
	public String title(Locale locale) {
		return isEnglish(locale) ? this.titleEn : this.titleZh;
	}

	/** The text in the reader's language. */
	public String body(Locale locale) {
		return isEnglish(locale) ? this.bodyEn : this.bodyZh;
	}

	/** Whether it is in force at this instant (published, started, not ended). */
	public boolean isCurrent(Instant now) {
		return this.status == NoticeStatus.PUBLISHED && !this.startsAt.isAfter(now) && this.endsAt.isAfter(now);
	}

	/** Whether it is published and has not begun yet. */
	public boolean isUpcoming(Instant now) {
		return this.status == NoticeStatus.PUBLISHED && this.startsAt.isAfter(now);
	}

	/** Whether it can still be edited. */
	public boolean isDraft() {
		return this.status == NoticeStatus.DRAFT;
	}

	/** The areas as one line of text: {@code 东城区 和平里街道; 东城区 安定门外大街}. */
	public String areaText() {
		return String.join("; ", this.areas.stream().map(NoticeArea::text).toList());
	}

	private static boolean isEnglish(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

}
