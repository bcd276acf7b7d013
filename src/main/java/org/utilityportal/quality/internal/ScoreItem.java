package org.utilityportal.quality.internal;

import jakarta.persistence.Embeddable;

/**
 * One item of a scorecard: its group (e.g. {@code KNOWLEDGE}), code, text in both
 * languages and the points it is worth.
 *
 * @param groupCode the group
 * @param code the item's code, unique on its card
 * @param textZh Chinese text
 * @param textEn English text
 * @param points the most it scores (1–100)
 */
@Embeddable
public record ScoreItem(String groupCode, String code, String textZh, String textEn, int points) {

	public ScoreItem {
		if (points < 1 || points > 100) {
			throw new IllegalArgumentException("An item is worth 1-100 points");
		}
	}

}
