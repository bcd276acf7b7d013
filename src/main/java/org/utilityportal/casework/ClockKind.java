package org.utilityportal.casework;

/** The clocks of a case. */
public enum ClockKind {

	FIRST_REPLY, RESOLUTION, TIER, RETURN_VISIT;

	/** The message key of the name. */
	public String messageKey() {
		return "case.clock." + name();
	}

}
