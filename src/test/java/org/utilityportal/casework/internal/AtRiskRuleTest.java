package org.utilityportal.casework.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.utilityportal.calendar.TimeRange;
import org.utilityportal.calendar.WorkingCalendar;
import org.utilityportal.calendar.WorkingTime;
import org.utilityportal.casework.Nature;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The at-risk rule at a fixed moment (Monday 2026-11-23 10:00, Beijing) on a calendar of
 * Monday–Friday 09:00–12:00 and 13:00–18:00: remaining working time against the team's
 * median handling time times the place in the queue.
 */
class AtRiskRuleTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final Instant NOW = at(2026, 11, 23, 10, 0);

	private static final WorkingTime WORKING = WorkingTime.on(calendar(), ZONE);

	private static final long TEAM = 7;

	private static final Map<AtRiskRule.Kind, Long> MEDIANS = Map.of(new AtRiskRule.Kind(TEAM, Nature.COMPLAINT), 120L,
			new AtRiskRule.Kind(TEAM, Nature.ENQUIRY), 30L);

	@Test
	void aCaseAloneIsAtRiskWhenLessThanOneMedianHandlingTimeIsLeft() {
		AtRiskRule.Queued soon = queued(1, 11L, Nature.COMPLAINT, at(2026, 11, 23, 11, 30));
		AtRiskRule.Queued later = queued(2, 12L, Nature.COMPLAINT, at(2026, 11, 23, 14, 0));

		List<AtRiskRule.AtRisk> found = AtRiskRule.evaluate(List.of(soon, later), MEDIANS, NOW);

		assertThat(found).singleElement().satisfies((risk) -> {
			assertThat(risk.queued().number()).isEqualTo("C1");
			assertThat(risk.remainingMinutes()).isEqualTo(90);
			assertThat(risk.medianMinutes()).isEqualTo(120);
			assertThat(risk.position()).isEqualTo(1);
		});
	}

	@Test
	void remainingTimeIsWorkingTimeSoTheLunchBreakDoesNotCount() {
		AtRiskRule.Queued first = queued(1, 11L, Nature.COMPLAINT, at(2026, 11, 23, 13, 30));
		// 10:00 → 14:00 is 180 working minutes, not 240 (the lunch hour does not count):
		// less than two medians of 120 for the second in the queue.
		AtRiskRule.Queued second = queued(2, 11L, Nature.COMPLAINT, at(2026, 11, 23, 14, 0));
		// Due tomorrow 10:00: 120 + 300 + 60 = 480 working minutes, more than three
		// medians.
		AtRiskRule.Queued third = queued(3, 11L, Nature.COMPLAINT, at(2026, 11, 24, 10, 0));

		List<AtRiskRule.AtRisk> found = AtRiskRule.evaluate(List.of(third, second, first), MEDIANS, NOW);

		assertThat(found)
			.extracting((risk) -> risk.queued().number() + "@" + risk.position() + ":" + risk.remainingMinutes())
			.containsExactly("C2@2:180");
	}

	@Test
	void theQueueAheadMultipliesTheMedianAndEachPersonHasTheirOwnQueue() {
		AtRiskRule.Queued a = queued(1, 11L, Nature.COMPLAINT, at(2026, 11, 23, 14, 0));
		AtRiskRule.Queued b = queued(2, 11L, Nature.COMPLAINT, at(2026, 11, 23, 15, 0));
		AtRiskRule.Queued c = queued(3, 11L, Nature.COMPLAINT, at(2026, 11, 23, 17, 0));
		AtRiskRule.Queued elsewhere = queued(4, 12L, Nature.COMPLAINT, at(2026, 11, 23, 15, 0));

		List<AtRiskRule.AtRisk> found = AtRiskRule.evaluate(List.of(c, elsewhere, b, a), MEDIANS, NOW);

		// a: 180 left, place 1, needs 120: fine. b: 240 left, place 2, needs 240: fine
		// (at risk only when less). c: 360 left, place 3, needs 360: fine. Moving the
		// deadline of c one minute earlier puts it at risk.
		assertThat(found).isEmpty();
		AtRiskRule.Queued tighter = queued(3, 11L, Nature.COMPLAINT, at(2026, 11, 23, 16, 59));
		assertThat(AtRiskRule.evaluate(List.of(a, b, tighter, elsewhere), MEDIANS, NOW))
			.extracting((risk) -> risk.queued().number() + "@" + risk.position())
			.containsExactly("C3@3");
	}

	@Test
	void aKindWithoutAMedianAndACaseAlreadyOverdueAreNotAtRisk() {
		AtRiskRule.Queued noHistory = queued(1, 11L, Nature.SUGGESTION, at(2026, 11, 23, 10, 5));
		AtRiskRule.Queued overdue = queued(2, 11L, Nature.COMPLAINT, at(2026, 11, 23, 9, 59));
		AtRiskRule.Queued enquiry = queued(3, null, Nature.ENQUIRY, at(2026, 11, 23, 10, 20));

		List<AtRiskRule.AtRisk> found = AtRiskRule.evaluate(List.of(noHistory, overdue, enquiry), MEDIANS, NOW);

		assertThat(found).extracting((risk) -> risk.queued().number()).containsExactly("C3");
	}

	private static AtRiskRule.Queued queued(long id, Long person, Nature nature, Instant due) {
		return new AtRiskRule.Queued(id, "C" + id, 0, "测试", TEAM, person, nature, due, WORKING);
	}

	private static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(ZONE).toInstant();
	}

	private static WorkingCalendar calendar() {
		Map<DayOfWeek, List<TimeRange>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			week.put(day, List.of(new TimeRange(LocalTime.of(9, 0), LocalTime.of(12, 0)),
					new TimeRange(LocalTime.of(13, 0), LocalTime.of(18, 0))));
		}
		return new WorkingCalendar(1, "T", "测试", "Test", null,
				List.of(new WorkingCalendar.WeeklyHours(LocalDate.of(2000, 1, 1), week)), Map.of(), 0);
	}

}
