package org.utilityportal.calendar;

/**
 * A calendar's weekly hours or special days changed (from tomorrow on at the earliest).
 * Clocks counting on it recompute their deadlines.
 *
 * @param calendarId the calendar
 * @param changedBy sign-in name of the administrator
 */
public record WorkingCalendarChanged(long calendarId, String changedBy) {

}
