package org.utilityportal.quality;

/**
 * A scorecard version: a draft, the one in use (published), or an earlier one (retired).
 */
public enum ScorecardStatus {

	DRAFT, PUBLISHED, RETIRED;

	/** The message key of the name. */
	public String messageKey() {
		return "quality.scorecard.status." + name();
	}

}
