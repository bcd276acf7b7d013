package org.utilityportal.casework.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.function.LongFunction;

import org.utilityportal.calendar.WorkingCalendar;
import org.utilityportal.calendar.WorkingTime;

/**
 * The moment a case is acted on and how its clocks count time: on the working calendar
 * the case counts on, or day and night for all-hours policies. Every transition of
 * {@link ServiceCase} takes one, so that no change leaves its deadlines out of date.
 *
 * @param now the moment of the change (history entries carry it)
 * @param zone the portal's time zone (working days and the warning's wording)
 * @param calendars working calendars by id (callers cache them)
 */
public record CaseTime(Instant now, ZoneId zone, LongFunction<WorkingCalendar> calendars) {

	/**
	 * How the case's clocks count time now (its policy may have changed it); the working
	 * calendar is read only when a clock counts on it.
	 */
	public CaseCounting countingFor(ServiceCase c) {
		WorkingTime allHours = WorkingTime.allHours(this.zone);
		WorkingTime working = (c.isAllHours() && c.isFirstReplyAllHours()) ? allHours
				: WorkingTime.on(this.calendars.apply(c.getCalendarId()), this.zone);
		return new CaseCounting(c.isFirstReplyAllHours() ? allHours : working, c.isAllHours() ? allHours : working);
	}

	/** How a clock on a calendar, or every hour, counts time. */
	public WorkingTime counting(long calendarId, boolean allHours) {
		return allHours ? WorkingTime.allHours(this.zone) : WorkingTime.on(this.calendars.apply(calendarId), this.zone);
	}

	/**
	 * The same counting at another moment (the data generator lives cases through time).
	 */
	public CaseTime at(Instant instant) {
		return new CaseTime(instant, this.zone, this.calendars);
	}

}
