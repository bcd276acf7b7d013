package org.utilityportal.quality;

/**
 * Where an inspection stands: opened, scored, contested by the person inspected (once),
 * and after the review of the contest upheld or revised.
 */
public enum InspectionStatus {

	OPEN, SCORED, CONTESTED, UPHELD, REVISED;

	/** The message key of the name. */
	public String messageKey() {
		return "quality.status." + name();
	}

}
