package org.utilityportal.tariff;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Rows of the table of 《功率因数调整电费办法》 ((83)水电财字第215号), as published in the combined
 * checking table (功率因数调整电费增减查对表).
 */
class PowerFactorAdjustmentTest {

	@ParameterizedTest(name = "factor {0}: {1} / {2} / {3} %")
	@CsvSource({ "1.00, -0.75, -1.1, -1.3", "0.95, -0.75, -1.1, -1.3", "0.94, -0.6, -1.1, -1.3",
			"0.93, -0.45, -0.95, -1.3", "0.90, 0, -0.5, -1.0", "0.66, 14, 9.5, 7.0", "0.65, 15, 10, 7.5",
			"0.64, 17, 11, 8.0", "0.60, 25, 15, 10.0", "0.59, 27, 17, 11.0", "0.32, 81, 71, 61", "0.26, 93, 83, 73" })
	void tableRows(BigDecimal factor, BigDecimal at090, BigDecimal at085, BigDecimal at080) {
		assertThat(PowerFactorAdjustment.percent(new BigDecimal("0.90"), factor)).isEqualByComparingTo(at090);
		assertThat(PowerFactorAdjustment.percent(new BigDecimal("0.85"), factor)).isEqualByComparingTo(at085);
		assertThat(PowerFactorAdjustment.percent(new BigDecimal("0.80"), factor)).isEqualByComparingTo(at080);
	}

	@Test
	void belowTheTableEachHundredthAddsTwoPercent() {
		// 0.26 is +93 under 0.90; 0.20 is six hundredths lower: 93 + 12 = 105.
		assertThat(PowerFactorAdjustment.percent(new BigDecimal("0.9"), new BigDecimal("0.20")))
			.isEqualByComparingTo("105");
	}

	@Test
	void theFactorIsRoundedHalfUpToTwoDecimals() {
		// 100 / √(100² + 48.5²) = 0.8998 → 0.90; 100 / √(100² + 50.2²) = 0.8937 → 0.89.
		assertThat(PowerFactorAdjustment.factor(new BigDecimal("100"), new BigDecimal("48.5")))
			.isEqualByComparingTo("0.90");
		assertThat(PowerFactorAdjustment.factor(new BigDecimal("100"), new BigDecimal("50.2")))
			.isEqualByComparingTo("0.89");
		assertThat(PowerFactorAdjustment.factor(BigDecimal.ZERO, BigDecimal.ZERO)).isNull();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PowerFactorAdjustment.percent(new BigDecimal("0.95"), BigDecimal.ONE));
	}

}
