package org.utilityportal.calendar;

/** What a calendar day is. */
public enum DayKind {

	/** A day with working hours from the weekly hours. */
	WORKDAY,

	/** A day without weekly hours (usually Saturday and Sunday). */
	REST_DAY,

	/** A public holiday: no working time. */
	HOLIDAY,

	/** A rest day worked to make up for a holiday bridge (调休上班), with Monday's hours. */
	MAKE_UP_WORKDAY;

	/** The message key of the kind's name. */
	public String messageKey() {
		return "calendar.dayKind." + name();
	}

}
