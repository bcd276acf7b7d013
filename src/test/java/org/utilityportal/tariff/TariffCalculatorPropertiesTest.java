package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Unit;
import org.utilityportal.tariff.TariffStructure.EnergyCharge;
import org.utilityportal.tariff.TariffStructure.EnergyKind;
import org.utilityportal.tariff.TariffStructure.FixedCharge;
import org.utilityportal.tariff.TariffStructure.Surcharge;
import org.utilityportal.tariff.TariffStructure.Tax;
import org.utilityportal.tariff.TariffStructure.TaxMode;
import org.utilityportal.tariff.TariffStructure.Tier;
import org.utilityportal.tariff.TariffStructure.TierBasis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties that must hold for every tariff and consumption, checked on 500 random cases
 * (the seed is fixed, so a failure can be replayed; the case number is in the test name).
 */
class TariffCalculatorPropertiesTest {

	private static final long SEED = 20261123L;

	static Stream<Case> cases() {
		SplittableRandom random = new SplittableRandom(SEED);
		return IntStream.range(0, 500).mapToObj((number) -> Case.random(number, random.split()));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void linesAddUpToTheTotal(Case example) {
		Charges charges = example.charge(List.of(PublishedTariffs.version(1, "2000-01-01", example.structure())));
		Money sum = charges.lines().stream().map(ChargeLine::amount).reduce(Money.ZERO, Money::plus);
		assertThat(charges.total()).isEqualTo(sum);
		charges.lines()
			.forEach((line) -> assertThat(line.amount()).as("%s", line).isEqualTo(line.price().times(line.quantity())));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void stepQuantitiesAddUpToTheConsumption(Case example) {
		Charges charges = example.charge(List.of(PublishedTariffs.version(1, "2000-01-01", example.structure())));
		assertThat(charges.stepQuantity()).isEqualByComparingTo(example.consumption());
	}

	@ParameterizedTest
	@MethodSource("cases")
	void splittingAPeriodChangesTheTotalByNoMoreThanTheDocumentedRounding(Case example) {
		Charges whole = example.charge(List.of(PublishedTariffs.version(1, "2000-01-01", example.structure())));
		Charges split = example.charge(List.of(PublishedTariffs.version(1, "2000-01-01", example.structure()),
				PublishedTariffs.version(2, example.splitOn().toString(), example.structure())));
		BigDecimal difference = whole.total().amount().subtract(split.total().amount()).abs();
		assertThat(difference).as("whole %s, split %s", whole.total(), split.total())
			.isLessThanOrEqualTo(example.roundingAllowance(whole.lines().size() + split.lines().size()));
	}

	/** One random tariff, period and consumption. */
	record Case(int number, TariffStructure structure, LocalDate from, LocalDate to, LocalDate splitOn,
			BigDecimal consumption, BigDecimal yearToDate) {

		static Case random(int number, SplittableRandom random) {
			int steps = 1 + random.nextInt(4);
			boolean annual = random.nextBoolean();
			List<Tier> tiers = new ArrayList<>();
			int bound = 0;
			for (int i = 0; i < steps; i++) {
				bound += 50 + random.nextInt(annual ? 3000 : 300);
				tiers.add(new Tier((i < steps - 1) ? BigDecimal.valueOf(bound) : null, price(random), null));
			}
			TariffStructure structure = new TariffStructure(Unit.KWH,
					new EnergyCharge(EnergyKind.TIERED, null, null, annual ? TierBasis.ANNUAL : TierBasis.PERIOD, tiers,
							List.of()),
					java.util.Set.of(),
					random.nextBoolean() ? List.of(new FixedCharge("基本费", "Basic", price(random))) : List.of(),
					random.nextBoolean() ? List.of(new Surcharge("基金", "Fund", price(random))) : List.of(),
					new Tax(random.nextBoolean() ? TaxMode.ADDED : TaxMode.INCLUDED, new BigDecimal("0.13")));
			LocalDate from = LocalDate.of(2026, 1 + random.nextInt(10), 1);
			int months = 1 + random.nextInt(3);
			LocalDate to = from.plusMonths(months);
			LocalDate splitOn = from.plusDays(1 + random.nextInt((int) (to.toEpochDay() - from.toEpochDay() - 1)));
			BigDecimal consumption = BigDecimal.valueOf(random.nextLong(0, 5_000_000), 3);
			BigDecimal yearToDate = BigDecimal.valueOf(random.nextLong(0, 8_000_000), 3);
			return new Case(number, structure, from, to, splitOn, consumption, yearToDate);
		}

		Charges charge(List<PricedVersion> versions) {
			return TariffCalculator.charge(versions, this.from, this.to, Consumption.of(this.consumption),
					this.yearToDate);
		}

		/**
		 * What splitting may change, from Rounding: half a fen per line on either bill,
		 * plus, per part, one thousandth of a unit at each step bound at the dearest
		 * price and one thousandth of a month of each fixed charge, plus the tax on
		 * those.
		 */
		BigDecimal roundingAllowance(int lines) {
			BigDecimal dearest = this.structure.energy()
				.tiers()
				.stream()
				.map(Tier::price)
				.reduce(BigDecimal.ZERO, BigDecimal::max);
			BigDecimal perPart = new BigDecimal("0.001").multiply(dearest)
				.multiply(BigDecimal.valueOf(this.structure.energy().tiers().size()))
				.add(this.structure.fixedCharges()
					.stream()
					.map((fixed) -> fixed.perMonth().multiply(new BigDecimal("0.001")))
					.reduce(BigDecimal.ZERO, BigDecimal::add));
			return new BigDecimal("0.005").multiply(BigDecimal.valueOf(lines))
				.add(perPart.multiply(new BigDecimal("2")).multiply(new BigDecimal("1.13")));
		}

		private static BigDecimal price(SplittableRandom random) {
			return BigDecimal.valueOf(random.nextLong(1, 20_000), 4);
		}

		@Override
		public String toString() {
			return "case " + this.number;
		}

	}

}
