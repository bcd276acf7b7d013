package org.utilityportal.casework;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FigurePeriodTest {

	@Test
	void aYearIsItsWholeMonthsAndTheDaysAroundThem() {
		FigurePeriod period = FigurePeriod.of(LocalDate.of(2025, 12, 4), LocalDate.of(2026, 12, 3));

		assertThat(period.monthsFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(period.monthsTo()).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void wholeMonthsAtBothEndsLeaveNoDays() {
		FigurePeriod period = FigurePeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28));

		assertThat(period.monthsFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(period.monthsTo()).isEqualTo(LocalDate.of(2026, 3, 1));
	}

	@Test
	void aPeriodWithoutAWholeMonthIsAllDays() {
		FigurePeriod period = FigurePeriod.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 10));

		assertThat(period.monthsFrom()).isEqualTo(period.monthsTo()).isEqualTo(LocalDate.of(2026, 2, 11));
	}

	@Test
	void thirtyDaysInsideOneMonthAreDays() {
		FigurePeriod period = FigurePeriod.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31));

		assertThat(period.monthsFrom()).isEqualTo(period.monthsTo()).isEqualTo(LocalDate.of(2026, 4, 1));
	}

}
