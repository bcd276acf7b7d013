package org.utilityportal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.utilityportal.billing.internal.LateChargeCalculator;
import org.utilityportal.billing.internal.LateChargeCalculator.Overdue;
import org.utilityportal.billing.internal.LateChargeCalculator.Pause;
import org.utilityportal.billing.internal.LateChargeCalculator.Rates;
import org.utilityportal.billing.internal.LateChargeCalculator.Result;
import org.utilityportal.billing.internal.LateChargeCalculator.Settlement;
import org.utilityportal.shared.money.Money;
import org.utilityportal.tariff.ChargeLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The late-payment charge's arithmetic: days × daily rate × amount overdue, with the
 * grace period, partial payments, the earlier-years rate, paused days and rate changes.
 */
class LateChargeCalculatorTest {

	private static final Rates RULES = new Rates(LocalDate.of(2000, 1, 1), new BigDecimal("0.001"),
			new BigDecimal("0.002"), new BigDecimal("0.003"), 0);

	@Test
	void aResidentialBillUnpaidForThirtyFourDaysIsChargedOnePerMilleADay() {
		Result result = charge(bill(true, "100.00", LocalDate.of(2026, 1, 25), List.of(), List.of(), null),
				LocalDate.of(2026, 3, 1), List.of(RULES));
		assertThat(result.lines()).hasSize(1);
		ChargeLine line = result.lines().getFirst();
		assertThat(line.from()).isEqualTo(LocalDate.of(2026, 1, 26));
		assertThat(line.quantity().value()).isEqualByComparingTo("34");
		assertThat(line.price().perUnit()).isEqualByComparingTo("0.1");
		assertThat(line.amount()).isEqualTo(Money.of("3.40"));
		assertThat(line.nameZh()).contains("¥100.00").contains("1‰");
		assertThat(result.chargedUntil()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(result.settled()).isFalse();
	}

	@Test
	void aPartPaymentLowersTheAmountFromItsDayAndTheDayOfPaymentIsNotCharged() {
		Result result = charge(
				bill(true, "100.00", LocalDate.of(2026, 1, 25),
						List.of(new Settlement(LocalDate.of(2026, 2, 10), Money.of("40.00"))), List.of(), null),
				LocalDate.of(2026, 3, 1), List.of(RULES));
		assertThat(result.lines()).extracting((l) -> l.quantity().value().intValue(), ChargeLine::amount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(15, Money.of("1.50")),
					org.assertj.core.groups.Tuple.tuple(19, Money.of("1.14")));
	}

	@Test
	void otherCustomersPayTwoPerMilleInTheBillsYearAndThreeAfterIt() {
		Result result = charge(bill(false, "1000.00", LocalDate.of(2025, 12, 25), List.of(), List.of(), null),
				LocalDate.of(2026, 2, 1), List.of(RULES));
		assertThat(result.lines()).extracting((l) -> l.quantity().value().intValue(), ChargeLine::amount)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(6, Money.of("12.00")),
					org.assertj.core.groups.Tuple.tuple(31, Money.of("93.00")));
	}

	@Test
	void theGracePeriodIsNeverChargedAndAPaidBillIsSettled() {
		Rates grace = new Rates(LocalDate.of(2000, 1, 1), new BigDecimal("0.001"), new BigDecimal("0.002"),
				new BigDecimal("0.003"), 5);
		LocalDate due = LocalDate.of(2026, 1, 25);
		assertThat(LateChargeCalculator.firstChargedDay(due, List.of(grace))).isEqualTo(LocalDate.of(2026, 1, 31));
		Result result = LateChargeCalculator.charge(
				new Overdue("B1", 2025, true, Money.of("100.00"), LocalDate.of(2026, 1, 31), null,
						List.of(new Settlement(LocalDate.of(2026, 2, 3), Money.of("100.00"))), List.of()),
				LocalDate.of(2026, 3, 1), List.of(grace));
		assertThat(result.lines()).singleElement()
			.satisfies((line) -> assertThat(line.quantity().value()).isEqualByComparingTo("3"));
		assertThat(result.settled()).isTrue();
	}

	@Test
	void daysWhileARecheckIsOpenAreNotChargedAndNeitherAreDaysChargedBefore() {
		Result result = charge(bill(true, "200.00", LocalDate.of(2026, 1, 25), List.of(),
				List.of(new Pause(LocalDate.of(2026, 2, 5), LocalDate.of(2026, 2, 15))), LocalDate.of(2026, 2, 1)),
				LocalDate.of(2026, 3, 1), List.of(RULES));
		assertThat(result.lines()).extracting(ChargeLine::from, (l) -> l.quantity().value().intValue())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 1), 4),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 2, 15), 14));
	}

	@Test
	void aNewRateAppliesFromItsFirstDay() {
		Rates halved = new Rates(LocalDate.of(2026, 2, 1), new BigDecimal("0.0005"), new BigDecimal("0.001"),
				new BigDecimal("0.0015"), 0);
		Result result = charge(bill(true, "100.00", LocalDate.of(2026, 1, 25), List.of(), List.of(), null),
				LocalDate.of(2026, 2, 11), List.of(RULES, halved));
		assertThat(result.lines()).extracting(ChargeLine::amount).containsExactly(Money.of("0.60"), Money.of("0.50"));
	}

	@Test
	void everyLineIsDaysTimesRateTimesOverdueRoundedOnce() {
		Result result = charge(bill(false, "1234.57", LocalDate.of(2026, 2, 25), List.of(), List.of(), null),
				LocalDate.of(2026, 3, 21), List.of(RULES));
		ChargeLine line = result.lines().getFirst();
		assertThat(line.price().perUnit()).isEqualByComparingTo("2.46914");
		assertThat(line.amount().amount()).isEqualByComparingTo(
				new BigDecimal("2.46914").multiply(new BigDecimal("23")).setScale(2, java.math.RoundingMode.HALF_UP));
	}

	private static Overdue bill(boolean residential, String charges, LocalDate due, List<Settlement> settlements,
			List<Pause> pauses, LocalDate chargedUntil) {
		return new Overdue("202512E1000000008", due.minusMonths(1).getYear(), residential, Money.of(charges),
				LateChargeCalculator.firstChargedDay(due, List.of(RULES)), chargedUntil, settlements, pauses);
	}

	private static Result charge(Overdue bill, LocalDate windowEnd, List<Rates> rates) {
		return LateChargeCalculator.charge(bill, windowEnd, rates);
	}

}
