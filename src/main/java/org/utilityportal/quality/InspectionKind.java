package org.utilityportal.quality;

/** What is inspected: a call (暗访电话), a counter visit, a floor walk or a closed case. */
public enum InspectionKind {

	CALL, COUNTER_VISIT, FLOOR_WALK, CASE_REVIEW;

	/** The message key of the name. */
	public String messageKey() {
		return "quality.kind." + name();
	}

}
