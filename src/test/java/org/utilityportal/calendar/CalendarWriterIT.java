package org.utilityportal.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.calendar.internal.CalendarWriter;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What {@link CalendarWriter} writes, on a calendar of the test's own (other tests'
 * clocks count on the default one): the rows it leaves and what the facade then reads.
 */
class CalendarWriterIT extends IntegrationTest {

	private static final LocalDate FROM = LocalDate.of(2031, 3, 3);

	private static final TimeRange MORNING = new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0));

	private static final TimeRange AFTERNOON = new TimeRange(LocalTime.of(13, 0), LocalTime.of(17, 0));

	@Autowired
	CalendarWriter writer;

	@Autowired
	WorkingCalendars calendars;

	@Test
	void aDayAddedAppearsReplacesWhatItWasAndGoesAgain() {
		long calendarId = newCalendar();
		this.writer.replaceHoursFrom(calendarId, FROM, weekdays(List.of(MORNING)));
		LocalDate monday = FROM.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		LocalDate saturday = monday.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));

		this.writer.addDay(calendarId, monday, true, Occasion.NATIONAL_DAY);
		this.writer.addDay(calendarId, saturday, false, Occasion.NATIONAL_DAY);

		assertThat(days(calendarId)).containsExactly(monday + " HOLIDAY NATIONAL_DAY",
				saturday + " WORKDAY NATIONAL_DAY");
		WorkingCalendar calendar = this.calendars.byId(calendarId);
		assertThat(calendar.kindOf(monday)).isEqualTo(DayKind.HOLIDAY);
		assertThat(calendar.periodsOn(monday)).isEmpty();
		assertThat(calendar.kindOf(saturday)).isEqualTo(DayKind.MAKE_UP_WORKDAY);
		assertThat(calendar.periodsOn(saturday)).containsExactly(MORNING);

		// The same day again replaces it (one row a day).
		this.writer.addDay(calendarId, monday, false, Occasion.OTHER);
		assertThat(days(calendarId)).containsExactly(monday + " WORKDAY OTHER", saturday + " WORKDAY NATIONAL_DAY");
		assertThat(this.calendars.byId(calendarId).occasionOn(monday)).isEqualTo(Occasion.OTHER);

		assertThat(this.writer.removeDay(calendarId, monday)).isEqualTo(1);
		assertThat(this.writer.removeDay(calendarId, monday)).isZero();
		assertThat(days(calendarId)).containsExactly(saturday + " WORKDAY NATIONAL_DAY");
		assertThat(this.calendars.byId(calendarId).kindOf(monday)).isEqualTo(DayKind.WORKDAY);
	}

	@Test
	void newHoursReplaceTheVersionsFromTheirDayOnAndKeepTheEarlierOnes() {
		long calendarId = newCalendar();
		LocalDate later = FROM.plusDays(14);
		this.writer.replaceHoursFrom(calendarId, FROM, weekdays(List.of(MORNING)));
		this.writer.replaceHoursFrom(calendarId, later.plusDays(7), weekdays(List.of(MORNING)));

		this.writer.replaceHoursFrom(calendarId, later,
				Map.of(DayOfWeek.MONDAY, List.of(MORNING, AFTERNOON), DayOfWeek.SATURDAY, List.of()));

		// FROM's version stays (five rows), later + 7's is gone, later's has two periods.
		assertThat(this.jdbc.sql("""
				select effective_from, count(*) from work_calendar_hours where calendar_id = ?
				group by effective_from order by effective_from
				""")
			.param(calendarId)
			.query((row, i) -> row.getObject(1, LocalDate.class) + "=" + row.getLong(2))
			.list()).containsExactly(FROM + "=5", later + "=2");
		WorkingCalendar calendar = this.calendars.byId(calendarId);
		LocalDate mondayBefore = FROM.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		LocalDate mondayAfter = later.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		assertThat(calendar.periodsOn(mondayBefore)).containsExactly(MORNING);
		assertThat(calendar.periodsOn(mondayAfter)).containsExactly(MORNING, AFTERNOON);
		assertThat(calendar.kindOf(mondayAfter.plusDays(1))).isEqualTo(DayKind.REST_DAY);

		assertThatThrownBy(() -> this.writer.replaceHoursFrom(calendarId, later, Map.of(DayOfWeek.MONDAY, List.of())))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(this.calendars.byId(calendarId).periodsOn(mondayAfter)).containsExactly(MORNING, AFTERNOON);
	}

	@Test
	void touchMovesTheVersionOnceAndRefusesAStaleOne() {
		long calendarId = newCalendar();
		Instant at = Instant.parse("2030-01-02T03:04:05Z");

		assertThat(this.writer.touch(calendarId, 0, "admin1", at)).isTrue();
		assertThat(this.writer.touch(calendarId, 0, "admin2", at.plusSeconds(60))).isFalse();

		assertThat(this.jdbc.sql("select version, updated_by, updated_at from work_calendar where id = ?")
			.param(calendarId)
			.query((row, i) -> row.getLong(1) + " " + row.getString(2) + " "
					+ row.getObject(3, java.time.OffsetDateTime.class).toInstant())
			.single()).isEqualTo("1 admin1 " + at);
	}

	private long newCalendar() {
		String code = "WRITER-" + System.nanoTime() % 1_000_000_000L;
		return this.jdbc
			.sql("""
					insert into work_calendar (code, name_zh, name_en, updated_by) values (?, '测试日历', 'Test calendar', 'test')
					returning id
					""")
			.param(code)
			.query(Long.class)
			.single();
	}

	private List<String> days(long calendarId) {
		return this.jdbc.sql("select day, kind, occasion from work_calendar_day where calendar_id = ? order by day")
			.param(calendarId)
			.query((row, i) -> row.getObject(1, LocalDate.class) + " " + row.getString(2) + " " + row.getString(3))
			.list();
	}

	private static Map<DayOfWeek, List<TimeRange>> weekdays(List<TimeRange> periods) {
		return Map.of(DayOfWeek.MONDAY, periods, DayOfWeek.TUESDAY, periods, DayOfWeek.WEDNESDAY, periods,
				DayOfWeek.THURSDAY, periods, DayOfWeek.FRIDAY, periods);
	}

}
