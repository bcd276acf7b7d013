package org.utilityportal.appraisal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arithmetic of the monthly score: each part a per cent, weighted, parts without
 * anything to measure left out with their weight shared by the others, one rounding half
 * up at the end; and the ranking of a unit's people.
 */
class AppraisalCalculatorTest {

	private static final Weights DEFAULT = new Weights(LocalDate.of(2000, 1, 1), 35, 25, 10, 20, 10);

	@Test
	void everyPartCountsWithItsWeight() {
		AppraisalInput month = new AppraisalInput(20, 18, 10, 9, 10, 1, 2, new BigDecimal("85.0"), 2, 1);

		AppraisalCalculator.Appraisal result = AppraisalCalculator.score(month, DEFAULT);

		assertThat(result.sla()).isEqualByComparingTo("90.0");
		assertThat(result.satisfaction()).isEqualByComparingTo("90.0");
		assertThat(result.repeats()).isEqualByComparingTo("90.0");
		assertThat(result.inspections()).isEqualByComparingTo("85.0");
		assertThat(result.actions()).isEqualByComparingTo("50.0");
		// (90×35 + 90×25 + 90×10 + 85×20 + 50×10) / 100
		assertThat(result.score()).isEqualByComparingTo("85.0");
	}

	@Test
	void aPartWithNothingToMeasureIsLeftOutAndTheOthersWeighMore() {
		AppraisalInput month = new AppraisalInput(3, 2, 0, 0, 0, 0, 1, new BigDecimal("80.0"), 0, 0);

		AppraisalCalculator.Appraisal result = AppraisalCalculator.score(month, DEFAULT);

		assertThat(result.satisfaction()).isNull();
		assertThat(result.repeats()).isNull();
		assertThat(result.actions()).isNull();
		assertThat(result.sla()).isEqualByComparingTo("66.7");
		// (66.666…×35 + 80×20) / 55 = 71.515…, rounded once at the end
		assertThat(result.score()).isEqualByComparingTo("71.5");
	}

	@Test
	void theScoreIsRoundedOnceHalfUpToOneDecimal() {
		Weights slaOnly = new Weights(LocalDate.of(2000, 1, 1), 100, 0, 0, 0, 0);

		assertThat(AppraisalCalculator.score(new AppraisalInput(16, 1, 0, 0, 0, 0, 0, null, 0, 0), slaOnly).score())
			.as("6.25 half up")
			.isEqualByComparingTo("6.3");
		assertThat(AppraisalCalculator.score(new AppraisalInput(3, 1, 5, 5, 0, 0, 0, null, 0, 0), slaOnly).score())
			.as("a part with weight 0 does not count")
			.isEqualByComparingTo("33.3");
	}

	@Test
	void repeatComplaintsCostTheirShareOfTheResolvedCasesAndNeverGoBelowNothing() {
		assertThat(AppraisalCalculator.score(new AppraisalInput(0, 0, 0, 0, 4, 1, 0, null, 0, 0), DEFAULT).repeats())
			.isEqualByComparingTo("75.0");
		assertThat(AppraisalCalculator.score(new AppraisalInput(0, 0, 0, 0, 2, 5, 0, null, 0, 0), DEFAULT).repeats())
			.isEqualByComparingTo("0.0");
		assertThat(AppraisalCalculator.score(new AppraisalInput(0, 0, 0, 0, 0, 1, 0, null, 0, 0), DEFAULT).repeats())
			.as("a repeat with no resolution to set it against")
			.isEqualByComparingTo("0.0");
	}

	@Test
	void withNothingToMeasureThereIsNoScore() {
		assertThat(AppraisalCalculator.score(AppraisalInput.NONE, DEFAULT).score()).isNull();
	}

	@Test
	void eachUnitIsRankedByScoreWithEqualScoresSharingARankAndNoScoreLast() {
		List<AppraisalRow> ranked = Appraisals.rank(List.of(row("A", "1", "80.0"), row("A", "2", null),
				row("A", "3", "92.5"), row("A", "4", "80.0"), row("B", "5", "60.0")));

		assertThat(ranked).extracting((r) -> r.unit() + r.workNumber() + ":" + r.rank())
			.containsExactly("A3:1", "A1:2", "A4:2", "A2:null", "B5:1");
	}

	private static AppraisalRow row(String unit, String workNumber, String score) {
		BigDecimal value = (score != null) ? new BigDecimal(score) : null;
		return new AppraisalRow(null, Long.parseLong(workNumber), "员工" + workNumber, workNumber, unit,
				YearMonth.of(2026, 11), AppraisalInput.NONE,
				new AppraisalCalculator.Appraisal(null, null, null, null, null, value), DEFAULT);
	}

}
