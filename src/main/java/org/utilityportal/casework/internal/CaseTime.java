package org.utilityportal.casework.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

import org.utilityportal.calendar.WorkingCalendar;
import org.utilityportal.calendar.WorkingTime;

/**
 * The moment a case is acted on and how its clocks count time: on the working calendar
 * the case counts on, or day and night for all-hours policies. Every transition of
 * {@link ServiceCase} takes one, so that no change leaves its deadlines out of date.
 * <p>
 * A {@code CaseTime} (and those made from it with {@link #at}) counts on one
 * {@link WorkingTime} per calendar, which keeps the working hours of each day it has
 * walked: the escalation scan's thousands of cases on the same calendar and days compute
 * each day's hours once, not once per deadline of every case.
 */
public final class CaseTime {

	private final Instant now;

	private final ZoneId zone;

	private final LongFunction<WorkingCalendar> calendars;

	private final Map<Long, WorkingTime> working;

	private final WorkingTime allHours;

	/**
	 * @param now the moment of the change (history entries carry it)
	 * @param zone the portal's time zone (working days and the warning's wording)
	 * @param calendars working calendars by id (callers cache them)
	 */
	public CaseTime(Instant now, ZoneId zone, LongFunction<WorkingCalendar> calendars) {
		this(now, zone, calendars, new ConcurrentHashMap<>(), WorkingTime.allHours(zone));
	}

	private CaseTime(Instant now, ZoneId zone, LongFunction<WorkingCalendar> calendars, Map<Long, WorkingTime> working,
			WorkingTime allHours) {
		this.now = now;
		this.zone = zone;
		this.calendars = calendars;
		this.working = working;
		this.allHours = allHours;
	}

	/** The moment of the change (history entries carry it). */
	public Instant now() {
		return this.now;
	}

	/** The portal's time zone (working days and the warning's wording). */
	public ZoneId zone() {
		return this.zone;
	}

	/** Working calendars by id. */
	public LongFunction<WorkingCalendar> calendars() {
		return this.calendars;
	}

	/**
	 * How the case's clocks count time now (its policy may have changed it); the working
	 * calendar is read only when a clock counts on it.
	 */
	public CaseCounting countingFor(ServiceCase c) {
		WorkingTime working = (c.isAllHours() && c.isFirstReplyAllHours()) ? this.allHours : working(c.getCalendarId());
		return new CaseCounting(c.isFirstReplyAllHours() ? this.allHours : working,
				c.isAllHours() ? this.allHours : working);
	}

	/** How a clock on a calendar, or every hour, counts time. */
	public WorkingTime counting(long calendarId, boolean allHours) {
		return allHours ? this.allHours : working(calendarId);
	}

	/**
	 * The same counting at another moment (the data generator lives cases through time).
	 */
	public CaseTime at(Instant instant) {
		return new CaseTime(instant, this.zone, this.calendars, this.working, this.allHours);
	}

	private WorkingTime working(long calendarId) {
		return this.working.computeIfAbsent(calendarId, (id) -> WorkingTime.on(this.calendars.apply(id), this.zone));
	}

}
