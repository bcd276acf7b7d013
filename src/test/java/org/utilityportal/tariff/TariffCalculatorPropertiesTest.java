package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.utilityportal.shared.domain.BasicChargeBasis;
import org.utilityportal.shared.domain.SupplyTerms;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Rounding;
import org.utilityportal.shared.money.Unit;
import org.utilityportal.tariff.TariffStructure.Band;
import org.utilityportal.tariff.TariffStructure.BasicCharge;
import org.utilityportal.tariff.TariffStructure.EnergyCharge;
import org.utilityportal.tariff.TariffStructure.EnergyKind;
import org.utilityportal.tariff.TariffStructure.FixedCharge;
import org.utilityportal.tariff.TariffStructure.Surcharge;
import org.utilityportal.tariff.TariffStructure.Tax;
import org.utilityportal.tariff.TariffStructure.TaxMode;
import org.utilityportal.tariff.TariffStructure.Tier;
import org.utilityportal.tariff.TariffStructure.TierBasis;
import org.utilityportal.tariff.TariffStructure.TouBand;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties that must hold for every tariff structure and consumption, checked on 600
 * random cases (the seed is fixed, so a failure can be replayed; the case number is in
 * the test name): steps, steps with time-of-use prices, season bounds, time-of-use, one
 * price, two-part with a power-factor standard, any tax.
 */
class TariffCalculatorPropertiesTest {

	private static final long SEED = 20261123L;

	static Stream<Case> cases() {
		SplittableRandom random = new SplittableRandom(SEED);
		return IntStream.range(0, 600).mapToObj((number) -> Case.random(number, random.split()));
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
	void stepAndBandQuantitiesAddUpToTheReadings(Case example) {
		Charges charges = example.charge(List.of(PublishedTariffs.version(1, "2000-01-01", example.structure())));
		assertThat(charges.stepQuantity()).isEqualByComparingTo(example.consumption().total());
		if (charges.lines().stream().anyMatch((line) -> line.band() != null)) {
			for (Band band : Band.values()) {
				BigDecimal charged = charges.lines()
					.stream()
					.filter((line) -> line.band() == band)
					.map((line) -> line.quantity().value())
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				assertThat(charged).as("%s", band).isEqualByComparingTo(example.consumption().band(band));
			}
		}
		charges.lines().forEach((line) -> assertThat(line.quantity().value().signum()).isNotNegative());
	}

	@ParameterizedTest
	@MethodSource("cases")
	void splittingAPeriodAtAPriceChangeChangesTheTotalByNoMoreThanTheDocumentedRounding(Case example) {
		Charges whole = example.charge(List.of(PublishedTariffs.version(1, "2000-01-01", example.structure())));
		Charges split = example.charge(List.of(PublishedTariffs.version(1, "2000-01-01", example.structure()),
				PublishedTariffs.version(2, example.splitOn().toString(), example.structure())));
		BigDecimal difference = whole.total().amount().subtract(split.total().amount()).abs();
		assertThat(difference).as("whole %s, split %s", whole.total(), split.total())
			.isLessThanOrEqualTo(example.roundingAllowance(whole.lines().size() + split.lines().size(), 2));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void aPeriodAcrossTheNewYearCostsWhatTwoBillsSplitThereWould(Case random) {
		// The same period moved to end in January, against the two bills a cycle ending
		// on
		// 31 December would have given: December's part with the year's allowance so far,
		// the
		// rest from a fresh one. Consumption shared by days, as the calculator shares it.
		// Charges per month are left out: a bill of its own counts calendar months, a
		// part of
		// a bill its share of the days, which is a different rule, not rounding.
		Case example = random.withoutMonthlyCharges();
		LocalDate to = LocalDate.of(2027, 1, 2).plusDays(example.number() % 28);
		LocalDate from = to.minusMonths(1 + example.number() % 3);
		LocalDate newYear = LocalDate.of(2027, 1, 1);
		List<PricedVersion> versions = List.of(PublishedTariffs.version(1, "2000-01-01", example.structure()));
		Consumption all = example.consumption();
		long days = ChronoUnit.DAYS.between(from, to);
		Consumption before = example.share(ChronoUnit.DAYS.between(from, newYear), days);
		Consumption after = example.minus(before);

		Charges whole = TariffCalculator.charge(versions, from, to, all, example.yearToDate(), example.terms());
		Charges december = TariffCalculator.charge(versions, from, newYear, before, example.yearToDate(),
				example.terms());
		Charges january = TariffCalculator.charge(versions, newYear, to, after, BigDecimal.ZERO, example.terms());

		BigDecimal difference = whole.total().amount().subtract(december.total().plus(january.total()).amount()).abs();
		assertThat(difference).as("whole %s, split %s + %s", whole.total(), december.total(), january.total())
			.isLessThanOrEqualTo(new BigDecimal("0.005")
				.multiply(BigDecimal.valueOf(whole.lines().size() + december.lines().size() + january.lines().size())));
		// The new year's consumption, within a thousandth per further cut (a season
		// change
		// inside the period is shared by days too).
		assertThat(whole.yearToDate()).isCloseTo(after.total(),
				org.assertj.core.data.Offset.offset(new BigDecimal("0.003")));
	}

	/** One random tariff, period and consumption. */
	record Case(int number, TariffStructure structure, SupplyTerms terms, LocalDate from, LocalDate to,
			LocalDate splitOn, Consumption consumption, BigDecimal yearToDate) {

		static Case random(int number, SplittableRandom random) {
			EnergyKind kind = (number % 5 == 0) ? EnergyKind.TIME_OF_USE
					: (number % 7 == 0) ? EnergyKind.FLAT : EnergyKind.TIERED;
			boolean bands = kind == EnergyKind.TIME_OF_USE || random.nextBoolean();
			boolean twoPart = random.nextInt(4) == 0;
			boolean seasonBounds = kind == EnergyKind.TIERED && random.nextInt(3) == 0;
			TariffStructure structure = new TariffStructure(Unit.KWH, energy(kind, seasonBounds, random),
					seasonBounds || random.nextInt(4) == 0 ? Set.of(5, 6, 7, 8, 9, 10) : Set.of(),
					random.nextBoolean() ? List.of(new FixedCharge("基本费", "Basic", price(random))) : List.of(),
					random.nextBoolean() ? List.of(new Surcharge("基金", "Fund", price(random))) : List.of(),
					new Tax(random.nextBoolean() ? TaxMode.ADDED : TaxMode.INCLUDED, new BigDecimal("0.13")),
					twoPart ? new BasicCharge(price(random).multiply(BigDecimal.TEN), price(random)) : null);
			SupplyTerms terms = twoPart ? new SupplyTerms(bands, BigDecimal.valueOf(random.nextLong(50, 5000)),
					random.nextBoolean() ? BasicChargeBasis.CAPACITY : BasicChargeBasis.DEMAND,
					SupplyTerms.POWER_FACTOR_STANDARDS.get(random.nextInt(3))) : SupplyTerms.NONE;
			LocalDate from = LocalDate.of(2026, 1 + random.nextInt(10), 1);
			LocalDate to = from.plusMonths(1 + random.nextInt(3));
			LocalDate splitOn = from.plusDays(1 + random.nextInt((int) (to.toEpochDay() - from.toEpochDay() - 1)));
			Consumption consumption = bands ? Consumption.ofBands(quantity(random), quantity(random), quantity(random))
					: Consumption.of(quantity(random));
			consumption = consumption.withDemand(BigDecimal.valueOf(random.nextLong(0, 500_000), 3),
					BigDecimal.valueOf(random.nextLong(0, 5_000_000), 3));
			BigDecimal yearToDate = BigDecimal.valueOf(random.nextLong(0, 8_000_000), 3);
			return new Case(number, structure, terms, from, to, splitOn, consumption, yearToDate);
		}

		private static EnergyCharge energy(EnergyKind kind, boolean seasonBounds, SplittableRandom random) {
			return switch (kind) {
				case FLAT -> new EnergyCharge(kind, price(random), price(random), null, List.of(), List.of());
				case TIME_OF_USE -> new EnergyCharge(kind, null, null, null, List.of(),
						List.of(new TouBand(Band.PEAK, "8-22", price(random), null),
								new TouBand(Band.FLAT, "", price(random), null),
								new TouBand(Band.VALLEY, "22-8", price(random), price(random))));
				case TIERED -> {
					boolean annual = random.nextBoolean();
					boolean banded = random.nextBoolean();
					int steps = 1 + random.nextInt(4);
					List<Tier> tiers = new ArrayList<>();
					int bound = 0;
					int seasonBound = 0;
					for (int i = 0; i < steps; i++) {
						bound += 50 + random.nextInt(annual ? 3000 : 300);
						seasonBound += 60 + random.nextInt(annual ? 3000 : 300);
						boolean last = i == steps - 1;
						tiers.add(new Tier(last ? null : BigDecimal.valueOf(bound), price(random), null,
								(seasonBounds && !last) ? BigDecimal.valueOf(seasonBound) : null,
								banded ? price(random) : null, banded ? price(random) : null,
								banded ? price(random) : null));
					}
					yield new EnergyCharge(kind, null, null, annual ? TierBasis.ANNUAL : TierBasis.PERIOD, tiers,
							List.of());
				}
			};
		}

		/** The same case with annual steps and without charges per month. */
		Case withoutMonthlyCharges() {
			EnergyCharge energy = this.structure.energy();
			EnergyCharge annual = (energy.kind() == EnergyKind.TIERED) ? new EnergyCharge(energy.kind(), energy.price(),
					energy.seasonPrice(), TierBasis.ANNUAL, energy.tiers(), energy.bands()) : energy;
			TariffStructure structure = new TariffStructure(this.structure.unit(), annual,
					this.structure.seasonMonths(), List.of(), this.structure.surcharges(), this.structure.tax());
			return new Case(this.number, structure, SupplyTerms.NONE, this.from, this.to, this.splitOn,
					this.consumption, this.yearToDate);
		}

		Charges charge(List<PricedVersion> versions) {
			return TariffCalculator.charge(versions, this.from, this.to, this.consumption, this.yearToDate, this.terms);
		}

		/**
		 * The part of the consumption of {@code days} out of {@code of}, as the
		 * calculator shares it.
		 */
		Consumption share(long days, long of) {
			if (!this.consumption.hasBands()) {
				return Consumption.of(part(this.consumption.total(), days, of))
					.withDemand(this.consumption.maxDemand(), part(this.consumption.reactive(), days, of));
			}
			return Consumption
				.ofBands(part(this.consumption.peak(), days, of), part(this.consumption.flat(), days, of),
						part(this.consumption.valley(), days, of))
				.withDemand(this.consumption.maxDemand(), part(this.consumption.reactive(), days, of));
		}

		Consumption minus(Consumption part) {
			Consumption rest = this.consumption.hasBands()
					? Consumption.ofBands(this.consumption.peak().subtract(part.peak()),
							this.consumption.flat().subtract(part.flat()),
							this.consumption.valley().subtract(part.valley()))
					: Consumption.of(this.consumption.total().subtract(part.total()));
			return rest.withDemand(this.consumption.maxDemand(), this.consumption.reactive().subtract(part.reactive()));
		}

		private static BigDecimal part(BigDecimal quantity, long days, long of) {
			return Rounding.quantity(quantity.multiply(BigDecimal.valueOf(days))
				.divide(BigDecimal.valueOf(of), TariffCalculator.PRECISION));
		}

		/**
		 * What cutting the period into {@code parts} may change, from Rounding: half a
		 * fen per line on either side, plus, per part, one thousandth of a unit at each
		 * step bound and each step's band cell at the dearest price, one thousandth of a
		 * month of each fixed charge and one thousandth of a kVA or kW month of the basic
		 * charge, all with the tax and at most a quarter more for a power-factor
		 * adjustment on top.
		 */
		BigDecimal roundingAllowance(int lines, int parts) {
			BigDecimal dearest = Stream
				.concat(this.structure.energy()
					.tiers()
					.stream()
					.flatMap((tier) -> Stream.of(tier.price(), tier.peakPrice(), tier.flatPrice(), tier.valleyPrice())),
						this.structure.energy().bands().stream().map(TouBand::price))
				.filter(java.util.Objects::nonNull)
				.reduce(BigDecimal.ZERO, BigDecimal::max)
				.max((this.structure.energy().price() != null) ? this.structure.energy().price() : BigDecimal.ZERO);
			int cells = Math.max(1, this.structure.energy().tiers().size()) * 4;
			BigDecimal basic = BigDecimal.ZERO;
			if (this.structure.isTwoPart()) {
				basic = this.structure.basicCharge().perKva().max(this.structure.basicCharge().perKw());
			}
			BigDecimal perPart = new BigDecimal("0.001").multiply(dearest)
				.multiply(BigDecimal.valueOf(cells))
				.add(this.structure.fixedCharges()
					.stream()
					.map((fixed) -> fixed.perMonth().multiply(new BigDecimal("0.001")))
					.reduce(BigDecimal.ZERO, BigDecimal::add))
				.add(basic);
			BigDecimal allowance = new BigDecimal("0.005").multiply(BigDecimal.valueOf(lines))
				.add(perPart.multiply(BigDecimal.valueOf(parts)).multiply(new BigDecimal("1.13")));
			if (this.terms.assessesPowerFactor()) {
				// The adjustment is a percentage of the rounded lines it adjusts.
				allowance = allowance.multiply(new BigDecimal("1.25"));
			}
			return allowance;
		}

		private static BigDecimal price(SplittableRandom random) {
			return BigDecimal.valueOf(random.nextLong(1, 20_000), 4);
		}

		private static BigDecimal quantity(SplittableRandom random) {
			return BigDecimal.valueOf(random.nextLong(0, 2_000_000), 3);
		}

		@Override
		public String toString() {
			return "case " + this.number;
		}

	}

}
