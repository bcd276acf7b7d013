package org.utilityportal.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.calendar.internal.CalendarQueries;
import org.utilityportal.calendar.internal.CalendarWriter;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Reads and maintains working calendars. A unit uses its own calendar, else its nearest
 * ancestor's, else the default. Changes apply from tomorrow at the earliest (the past
 * never changes), are refused when the calendar changed since the form was opened, and
 * publish {@link WorkingCalendarChanged} so running clocks recompute.
 */
@Service
@RequiredArgsConstructor
public class WorkingCalendars {

	private final CalendarQueries queries;

	private final CalendarWriter writer;

	private final OrgUnits orgUnits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** One calendar. */
	@Transactional(readOnly = true)
	public WorkingCalendar byId(long id) {
		return this.queries.load(id).orElseThrow(() -> new NotFoundException("Calendar"));
	}

	/** Every calendar, the default first. */
	@Transactional(readOnly = true)
	public List<WorkingCalendar> all() {
		return this.queries.ids().stream().map(this::byId).toList();
	}

	/**
	 * The id of the calendar a unit works on: its own, its nearest ancestor's, or the
	 * default.
	 */
	@Transactional(readOnly = true)
	public long idForOrgUnit(Long orgUnitId) {
		for (OrgUnit unit : this.orgUnits.chain(orgUnitId)) {
			var own = this.queries.idOfOrgUnit(unit.id());
			if (own.isPresent()) {
				return own.get();
			}
		}
		return this.queries.defaultId();
	}

	/**
	 * Declares a day a public holiday or a make-up working day (replacing what it was).
	 * @throws IllegalArgumentException for today or a day in the past
	 * @throws StaleEditException when the calendar changed since {@code version}
	 */
	@Transactional
	public void setDay(long calendarId, long version, LocalDate day, boolean holiday, Occasion occasion,
			String changedBy) {
		requireFuture(day);
		touch(calendarId, version, changedBy);
		this.writer.addDay(calendarId, day, holiday, occasion);
		this.events.publishEvent(new WorkingCalendarChanged(calendarId, changedBy));
	}

	/** Turns a future special day back into an ordinary day. */
	@Transactional
	public void removeDay(long calendarId, long version, LocalDate day, String changedBy) {
		requireFuture(day);
		touch(calendarId, version, changedBy);
		if (this.writer.removeDay(calendarId, day) == 0) {
			throw new NotFoundException("Calendar day");
		}
		this.events.publishEvent(new WorkingCalendarChanged(calendarId, changedBy));
	}

	/**
	 * New weekly hours from a day on (tomorrow at the earliest); versions starting later
	 * are replaced.
	 */
	@Transactional
	public void changeHours(long calendarId, long version, LocalDate from, Map<DayOfWeek, List<TimeRange>> days,
			String changedBy) {
		requireFuture(from);
		touch(calendarId, version, changedBy);
		this.writer.replaceHoursFrom(calendarId, from, days);
		this.events.publishEvent(new WorkingCalendarChanged(calendarId, changedBy));
	}

	/** The first day a change may apply to. */
	public LocalDate firstChangeableDay() {
		return LocalDate.now(this.clock).plusDays(1);
	}

	private void requireFuture(LocalDate day) {
		if (day.isBefore(firstChangeableDay())) {
			throw new IllegalArgumentException("Only days from tomorrow on can change: " + day);
		}
	}

	private void touch(long calendarId, long version, String changedBy) {
		byId(calendarId);
		if (!this.writer.touch(calendarId, version, changedBy, this.clock.instant())) {
			throw new StaleEditException("Calendar " + calendarId);
		}
	}

}
