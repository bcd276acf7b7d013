package org.utilityportal.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Working-time arithmetic on a fixed calendar (Monday to Friday 09:00–12:00 and
 * 13:00–18:00, National Day 2026 with its make-up days), with fixed instants.
 */
class WorkingTimeTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final WorkingCalendar calendar = calendar(LocalDate.of(2000, 1, 1));

	private final WorkingTime time = WorkingTime.on(this.calendar, ZONE);

	@Test
	void aLimitRunsOverTheWeekendToMonday() {
		Instant friday = at(2026, 11, 20, 16, 0);
		assertThat(this.time.deadline(friday, Duration.ofHours(8), List.of())).contains(at(2026, 11, 23, 16, 0));
		List<Segment> explained = this.time.explain(friday, at(2026, 11, 23, 16, 0), List.of());
		assertThat(explained).extracting(Segment::kind)
			.containsExactly(SegmentKind.COUNTED, SegmentKind.OUT_OF_HOURS, SegmentKind.REST_DAY,
					SegmentKind.OUT_OF_HOURS, SegmentKind.COUNTED, SegmentKind.OUT_OF_HOURS, SegmentKind.COUNTED);
		assertThat(explained.get(2).from()).isEqualTo(at(2026, 11, 21, 0, 0));
		assertThat(explained.get(2).to()).isEqualTo(at(2026, 11, 23, 0, 0));
	}

	@Test
	void publicHolidaysDoNotCount() {
		Instant lastDayBefore = at(2026, 9, 30, 17, 0);
		assertThat(this.time.deadline(lastDayBefore, Duration.ofHours(2), List.of())).contains(at(2026, 10, 8, 10, 0));
		assertThat(this.time.explain(lastDayBefore, at(2026, 10, 8, 10, 0), List.of()))
			.filteredOn((segment) -> segment.kind() == SegmentKind.HOLIDAY)
			.singleElement()
			.satisfies((holiday) -> {
				assertThat(holiday.occasion()).isEqualTo(Occasion.NATIONAL_DAY);
				assertThat(holiday.length()).isEqualTo(Duration.ofDays(7));
			});
	}

	@Test
	void aMakeUpWorkingDayCountsWithMondaysHours() {
		assertThat(this.calendar.kindOf(LocalDate.of(2026, 10, 10))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
		Instant friday = at(2026, 10, 9, 17, 0);
		assertThat(this.time.deadline(friday, Duration.ofHours(2), List.of())).contains(at(2026, 10, 10, 10, 0));
	}

	@Test
	void aPauseStopsTheClockAndAnOpenPauseHasNoDeadline() {
		Instant monday = at(2026, 11, 23, 9, 0);
		Interval pause = new Interval(at(2026, 11, 23, 10, 0), at(2026, 11, 23, 14, 0));
		assertThat(this.time.deadline(monday, Duration.ofHours(4), List.of(pause))).contains(at(2026, 11, 23, 17, 0));
		assertThat(this.time.counted(monday, at(2026, 11, 23, 17, 0), List.of(pause))).isEqualTo(Duration.ofHours(4));
		assertThat(this.time.explain(monday, at(2026, 11, 23, 17, 0), List.of(pause))).extracting(Segment::kind)
			.containsExactly(SegmentKind.COUNTED, SegmentKind.PAUSED, SegmentKind.COUNTED);
		Interval open = new Interval(at(2026, 11, 23, 10, 0), null);
		assertThat(this.time.deadline(monday, Duration.ofHours(4), List.of(open))).isEmpty();
		assertThat(this.time.deadline(monday, Duration.ofMinutes(45), List.of(open)))
			.as("reached before the open pause starts")
			.contains(at(2026, 11, 23, 9, 45));
		assertThat(this.time.deadline(monday, Duration.ofHours(4), List.of(pause, open)))
			.as("an open pause after a closed one")
			.isEmpty();
		assertThat(this.time.counted(monday, at(2026, 11, 30, 9, 0), List.of(open))).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aPolicyChangeOfTheLimitMovesOnlyTheDeadlineComputedWithIt() {
		Instant start = at(2026, 11, 23, 9, 0);
		Instant underOldPolicy = this.time.deadline(start, Duration.ofHours(24), List.of()).orElseThrow();
		Instant underNewPolicy = this.time.deadline(start, Duration.ofHours(8), List.of()).orElseThrow();
		assertThat(underOldPolicy).isEqualTo(at(2026, 11, 25, 18, 0));
		assertThat(underNewPolicy).isEqualTo(at(2026, 11, 23, 18, 0));
	}

	@Test
	void newWeeklyHoursApplyFromTheirFirstDayOnly() {
		Map<DayOfWeek, List<TimeRange>> mornings = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			mornings.put(day, List.of(new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0))));
		}
		WorkingCalendar changed = new WorkingCalendar(1, "T", "测试", "Test", null,
				List.of(this.calendar.hours().get(0),
						new WorkingCalendar.WeeklyHours(LocalDate.of(2026, 11, 24), mornings)),
				this.calendar.specialDays(), 0);
		WorkingTime changedTime = WorkingTime.on(changed, ZONE);
		Instant monday = at(2026, 11, 23, 9, 0);
		assertThat(changedTime.counted(monday, at(2026, 11, 24, 0, 0), List.of())).isEqualTo(Duration.ofHours(8));
		assertThat(changedTime.deadline(monday, Duration.ofHours(12), List.of())).contains(at(2026, 11, 25, 10, 0));
	}

	@Test
	void aTwentyFourSevenPolicyCountsNightsWeekendsAndHolidays() {
		WorkingTime allHours = WorkingTime.allHours(ZONE);
		assertThat(allHours.deadline(at(2026, 9, 30, 17, 0), Duration.ofHours(24), List.of()))
			.contains(at(2026, 10, 1, 17, 0));
		assertThat(allHours.explain(at(2026, 11, 20, 16, 0), at(2026, 11, 23, 16, 0), List.of())).singleElement()
			.extracting(Segment::kind)
			.isEqualTo(SegmentKind.COUNTED);
	}

	@Test
	void aStartOutOfHoursWaitsForTheNextWorkingPeriod() {
		Instant night = at(2026, 11, 23, 22, 30);
		assertThat(this.time.deadline(night, Duration.ofMinutes(30), List.of())).contains(at(2026, 11, 24, 9, 30));
		Instant lunch = at(2026, 11, 24, 12, 15);
		assertThat(this.time.deadline(lunch, Duration.ofMinutes(30), List.of())).contains(at(2026, 11, 24, 13, 30));
	}

	static WorkingCalendar calendar(LocalDate from) {
		Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			week.put(day, List.of(new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0)),
					new TimeRange(LocalTime.of(13, 0), LocalTime.of(18, 0))));
		}
		Map<LocalDate, WorkingCalendar.SpecialDay> days = new HashMap<>();
		for (int day = 1; day <= 7; day++) {
			days.put(LocalDate.of(2026, 10, day), new WorkingCalendar.SpecialDay(true, Occasion.NATIONAL_DAY));
		}
		days.put(LocalDate.of(2026, 9, 20), new WorkingCalendar.SpecialDay(false, Occasion.NATIONAL_DAY));
		days.put(LocalDate.of(2026, 10, 10), new WorkingCalendar.SpecialDay(false, Occasion.NATIONAL_DAY));
		return new WorkingCalendar(1, "T", "测试", "Test", null, List.of(new WorkingCalendar.WeeklyHours(from, week)),
				days, 0);
	}

	static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(ZONE).toInstant();
	}

}
