package org.utilityportal.calendar.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.calendar.Occasion;
import org.utilityportal.calendar.TimeRange;

/**
 * Changes a working calendar's special days and weekly hours, each change under the
 * calendar's version ({@link #touch}), in the transaction of the facade that checked it.
 * Reads: {@link CalendarQueries}.
 */
@Component
@RequiredArgsConstructor
public class CalendarWriter {

	private final JdbcClient jdbc;

	/** Makes a day a holiday or a working day, replacing what it was. */
	public void addDay(long calendarId, LocalDate day, boolean holiday, Occasion occasion) {
		this.jdbc.sql("""
				insert into work_calendar_day (calendar_id, day, kind, occasion) values (?, ?, ?, ?)
				on conflict (calendar_id, day) do update set kind = excluded.kind, occasion = excluded.occasion
				""").params(calendarId, day, holiday ? "HOLIDAY" : "WORKDAY", occasion.name()).update();
	}

	/** Turns a special day back into an ordinary one; returns 0 when it was none. */
	public int removeDay(long calendarId, LocalDate day) {
		return this.jdbc.sql("delete from work_calendar_day where calendar_id = ? and day = ?")
			.params(calendarId, day)
			.update();
	}

	/** New weekly hours from a day on; versions starting on or after it are replaced. */
	public void replaceHoursFrom(long calendarId, LocalDate from, Map<DayOfWeek, List<TimeRange>> days) {
		if (days.values().stream().allMatch(List::isEmpty)) {
			throw new IllegalArgumentException("A calendar needs at least one working period a week");
		}
		this.jdbc.sql("delete from work_calendar_hours where calendar_id = ? and effective_from >= ?")
			.params(calendarId, from)
			.update();
		days.forEach((day, periods) -> periods.forEach((period) -> this.jdbc.sql("""
				insert into work_calendar_hours (calendar_id, effective_from, day_of_week, starts_at, ends_at)
				values (?, ?, ?, ?, ?)
				""").params(calendarId, from, day.getValue(), period.starts(), period.ends()).update()));
	}

	/**
	 * Marks the calendar changed; refuses when someone else changed it since
	 * {@code version}.
	 */
	public boolean touch(long calendarId, long version, String by, Instant at) {
		return this.jdbc.sql("""
				update work_calendar set version = version + 1, updated_by = ?, updated_at = ?
				where id = ? and version = ?
				""").params(by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), calendarId, version).update() == 1;
	}

}
