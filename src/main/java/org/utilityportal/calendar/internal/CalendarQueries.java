package org.utilityportal.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.calendar.Occasion;
import org.utilityportal.calendar.TimeRange;
import org.utilityportal.calendar.WorkingCalendar;

/**
 * Reads the working calendars: three small tables read whole per calendar. Changing them:
 * {@link CalendarWriter}.
 */
@Component
@RequiredArgsConstructor
public class CalendarQueries {

	private final JdbcClient jdbc;

	public Optional<WorkingCalendar> load(long id) {
		Optional<Header> header = this.jdbc
			.sql("select id, code, name_zh, name_en, org_unit_id, version from work_calendar where id = ?")
			.param(id)
			.query((row, index) -> new Header(row.getLong("id"), row.getString("code"), row.getString("name_zh"),
					row.getString("name_en"), (Long) row.getObject("org_unit_id", Long.class), row.getLong("version")))
			.optional();
		return header.map(this::complete);
	}

	public List<Long> ids() {
		return this.jdbc.sql("select id from work_calendar order by is_default desc, code").query(Long.class).list();
	}

	public Optional<Long> idOfOrgUnit(long orgUnitId) {
		return this.jdbc.sql("select id from work_calendar where org_unit_id = ?")
			.param(orgUnitId)
			.query(Long.class)
			.optional();
	}

	public long defaultId() {
		return this.jdbc.sql("select id from work_calendar where is_default").query(Long.class).single();
	}

	private WorkingCalendar complete(Header header) {
		Map<LocalDate, Map<DayOfWeek, List<TimeRange>>> versions = new TreeMap<>();
		this.jdbc
			.sql("select effective_from, day_of_week, starts_at, ends_at from work_calendar_hours "
					+ "where calendar_id = ? order by effective_from, day_of_week, starts_at")
			.param(header.id())
			.query((row) -> {
				Map<DayOfWeek, List<TimeRange>> week = versions
					.computeIfAbsent(row.getObject("effective_from", LocalDate.class), (d) -> new HashMap<>());
				week.computeIfAbsent(DayOfWeek.of(row.getInt("day_of_week")), (d) -> new ArrayList<>())
					.add(new TimeRange(row.getObject("starts_at", LocalTime.class),
							row.getObject("ends_at", LocalTime.class)));
			});
		Map<LocalDate, WorkingCalendar.SpecialDay> days = new HashMap<>();
		this.jdbc.sql("select day, kind, occasion from work_calendar_day where calendar_id = ?")
			.param(header.id())
			.query((row) -> {
				days.put(row.getObject("day", LocalDate.class), new WorkingCalendar.SpecialDay(
						"HOLIDAY".equals(row.getString("kind")), Occasion.valueOf(row.getString("occasion"))));
			});
		List<WorkingCalendar.WeeklyHours> hours = versions.entrySet()
			.stream()
			.map((entry) -> new WorkingCalendar.WeeklyHours(entry.getKey(), entry.getValue()))
			.toList();
		return new WorkingCalendar(header.id(), header.code(), header.nameZh(), header.nameEn(), header.orgUnitId(),
				hours, days, header.version());
	}

	private record Header(long id, String code, String nameZh, String nameEn, Long orgUnitId, long version) {
	}

}
