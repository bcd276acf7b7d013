package org.utilityportal.calendar;

/** Whether a stretch of time counts on a clock, and if not, why not. */
public enum SegmentKind {

	/** Working time: counted. */
	COUNTED,

	/** A working day outside its working hours (night, lunch). */
	OUT_OF_HOURS,

	/** A rest day (usually the weekend). */
	REST_DAY,

	/** A public holiday. */
	HOLIDAY,

	/** The clock was stopped (waiting for the customer). */
	PAUSED;

	/** Whether this time counts. */
	public boolean counts() {
		return this == COUNTED;
	}

	/** The message key of the kind's name. */
	public String messageKey() {
		return "calendar.segment." + name();
	}

}
