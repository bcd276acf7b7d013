package org.utilityportal.metro;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.utilityportal.shared.money.Money;

import static org.assertj.core.api.Assertions.assertThat;

class MonthlyDiscountTest {

	private static final MonthlyDiscount BEIJING = new MonthlyDiscount(
			List.of(new MonthlyDiscount.Step(Money.of("100.00"), new BigDecimal("0.8")),
					new MonthlyDiscount.Step(Money.of("150.00"), new BigDecimal("0.5")),
					new MonthlyDiscount.Step(Money.of("400.00"), BigDecimal.ONE)));

	@Test
	void fromFourHundredSpentRidesCostTheFullFareAgain() {
		// ¥5 rides: 20 at ¥5 reach ¥100; 13 at ¥4 reach ¥152 (the 13th crosses ¥150 at
		// 80%);
		// then ¥2.50 rides: before ride 133 the card has spent 152 + 99 × 2.50 = ¥399.50,
		// so
		// ride 133 still costs ¥2.50 (→ ¥402) and ride 134 costs ¥5 again.
		Money spent = Money.ZERO;
		Money[] charged = new Money[135];
		for (int ride = 1; ride <= 134; ride++) {
			charged[ride] = BEIJING.charge(Money.of("5.00"), spent);
			spent = spent.plus(charged[ride]);
		}
		assertThat(charged[20]).isEqualTo(Money.of("5.00"));
		assertThat(charged[21]).isEqualTo(Money.of("4.00"));
		assertThat(charged[33]).isEqualTo(Money.of("4.00"));
		assertThat(charged[34]).isEqualTo(Money.of("2.50"));
		assertThat(charged[133]).isEqualTo(Money.of("2.50"));
		assertThat(charged[134]).isEqualTo(Money.of("5.00"));
	}

	@Test
	void thresholdsMustRiseAndRatesStayBetweenZeroAndOne() {
		assertThat(MonthlyDiscount.problems(BEIJING.steps())).isEmpty();
		assertThat(MonthlyDiscount.problems(List.of(new MonthlyDiscount.Step(Money.of("150.00"), new BigDecimal("0.5")),
				new MonthlyDiscount.Step(Money.of("100.00"), new BigDecimal("0.8")))))
			.containsExactly("metro.fares.problem.discount");
		assertThat(
				MonthlyDiscount.problems(List.of(new MonthlyDiscount.Step(Money.of("100.00"), new BigDecimal("1.2")))))
			.containsExactly("metro.fares.problem.discount");
		assertThat(MonthlyDiscount.NONE.rate(Money.of("999.00"))).isEqualByComparingTo("1");
	}

}
