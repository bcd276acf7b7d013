package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BandSplitTest {

	@Test
	void everyStepAndEveryBandKeepsItsTotalAndNoCellIsNegative() {
		SplittableRandom random = new SplittableRandom(12);
		for (int round = 0; round < 5_000; round++) {
			// Tiny quantities (a few thousandths) make the last cell go below zero before
			// repair.
			long scale = (round % 3 == 0) ? 5 : 2_000_000;
			List<BigDecimal> bands = new ArrayList<>();
			for (int band = 0; band < 3; band++) {
				bands.add(BigDecimal.valueOf(random.nextLong(0, scale), 3));
			}
			BigDecimal total = bands.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			List<BigDecimal> steps = new ArrayList<>();
			BigDecimal left = total;
			int count = 1 + random.nextInt(4);
			for (int step = 0; step < count - 1; step++) {
				BigDecimal take = BigDecimal.valueOf(random.nextLong(0, left.movePointRight(3).longValue() + 1), 3);
				steps.add(take);
				left = left.subtract(take);
			}
			steps.add(left);

			BigDecimal[][] cells = BandSplit.split(steps, bands);

			for (int step = 0; step < steps.size(); step++) {
				BigDecimal row = BigDecimal.ZERO;
				for (int band = 0; band < bands.size(); band++) {
					assertThat(cells[step][band].signum()).as("round %d", round).isNotNegative();
					row = row.add(cells[step][band]);
				}
				assertThat(row).as("round %d step %d", round, step).isEqualByComparingTo(steps.get(step));
			}
			for (int band = 0; band < bands.size(); band++) {
				BigDecimal column = BigDecimal.ZERO;
				for (int step = 0; step < steps.size(); step++) {
					column = column.add(cells[step][band]);
				}
				assertThat(column).as("round %d band %d", round, band).isEqualByComparingTo(bands.get(band));
			}
		}
	}

	@Test
	void theBriefsExample() {
		// Step 1 120 and step 2 120 kWh of a month read 180 peak, 0 flat, 60 valley.
		BigDecimal[][] cells = BandSplit.split(List.of(new BigDecimal("120"), new BigDecimal("120")),
				List.of(new BigDecimal("180"), BigDecimal.ZERO, new BigDecimal("60")));
		assertThat(java.util.Arrays.stream(cells[1]).map((cell) -> cell.stripTrailingZeros().toPlainString()))
			.containsExactly("90", "0", "30");
	}

}
