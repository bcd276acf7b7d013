package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.utilityportal.shared.domain.BasicChargeBasis;
import org.utilityportal.shared.domain.SupplyTerms;
import org.utilityportal.shared.money.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.utilityportal.tariff.PublishedTariffs.version;

/**
 * Published tariffs of several cities, each case computed by hand in its comments. The
 * tables and their sources are in {@link PublishedTariffs}.
 */
class PublishedCasesTest {

	private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

	private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

	@Test
	void shanghaiStepsSharedBetweenPeakAndValley() {
		// 3,000 kWh used January to September, so 120 kWh are left in step 1. October:
		// 240
		// kWh, 180 peak and 60 valley (a two-register meter: flat 0).
		// Steps: step 1 120, step 2 120. Each step shared as the month's bands: 180/240 =
		// 3/4
		// peak. Step 1: peak 120 × 180/240 = 90, valley the rest 30. Step 2 (last): peak
		// 180 − 90 = 90, valley 60 − 30 = 30.
		// 90 × 0.617 = 55.53; 30 × 0.307 = 9.21; 90 × 0.677 = 60.93; 30 × 0.337 = 10.11.
		// Total 135.78.
		Charges charges = TariffCalculator.charge(
				List.of(version(1, "2012-07-01", PublishedTariffs.shanghaiResidentialElectricity())), OCT_1, NOV_1,
				Consumption.ofBands(new BigDecimal("180"), BigDecimal.ZERO, new BigDecimal("60")),
				new BigDecimal("3000"));

		assertThat(charges.lines()).extracting(PublishedCasesTest::describe)
			.containsExactly("1 PEAK 90.000x0.617=55.53", "1 VALLEY 30.000x0.307=9.21", "2 PEAK 90.000x0.677=60.93",
					"2 VALLEY 30.000x0.337=10.11");
		assertThat(charges.total()).isEqualTo(Money.of("135.78"));
		assertThat(charges.stepSplits()).extracting((split) -> split.step() + ":" + split.total())
			.containsExactly("1:120.000", "2:120.000");
	}

	@Test
	void shanghaiWithoutATimeOfUseMeterPaysTheSinglePrices() {
		// The same 240 kWh on a single register: 120 × 0.617 = 74.04; 120 × 0.667 =
		// 80.04;
		// total 154.08. The time-of-use meter saved 18.30 that month.
		Charges charges = TariffCalculator.charge(
				List.of(version(1, "2012-07-01", PublishedTariffs.shanghaiResidentialElectricity())), OCT_1, NOV_1,
				Consumption.of(new BigDecimal("240")), new BigDecimal("3000"));

		assertThat(charges.lines()).extracting(PublishedCasesTest::describe)
			.containsExactly("1 - 120.000x0.617=74.04", "2 - 120.000x0.667=80.04");
		assertThat(charges.total()).isEqualTo(Money.of("154.08"));
	}

	@Test
	void zhejiangBimonthlyBillCrossingIntoTheSecondStep() {
		// July and August billed together: 2,700 kWh used before July, so 60 kWh are left
		// in
		// step 1. 700 kWh: 455 peak (65%), 245 valley (35%).
		// Step 1 60: peak 60 × 455/700 = 39, valley 21. Step 2 640: peak 455 − 39 = 416,
		// valley 245 − 21 = 224.
		// 39 × 0.568 = 22.152 → 22.15; 21 × 0.288 = 6.048 → 6.05; 416 × 0.618 = 257.088 →
		// 257.09; 224 × 0.338 = 75.712 → 75.71. Total 361.00.
		Charges charges = TariffCalculator.charge(
				List.of(version(1, "2012-07-01", PublishedTariffs.zhejiangResidentialElectricity())),
				LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 1),
				Consumption.ofBands(new BigDecimal("455"), BigDecimal.ZERO, new BigDecimal("245")),
				new BigDecimal("2700"));

		assertThat(charges.lines()).extracting(PublishedCasesTest::describe)
			.containsExactly("1 PEAK 39.000x0.568=22.15", "1 VALLEY 21.000x0.288=6.05", "2 PEAK 416.000x0.618=257.09",
					"2 VALLEY 224.000x0.338=75.71");
		assertThat(charges.total()).isEqualTo(Money.of("361.00"));
	}

	@Test
	void zhejiangDecemberAndJanuaryUseTheOldYearsRestAndAFreshAllowance() {
		// December and January billed together, 620 kWh on a single register, 4,700 kWh
		// used
		// before December. 62 days: 31 in December, so 620 × 31/62 = 310 kWh are
		// December's
		// and 310 January's.
		// December: 100 kWh left in step 2 at 0.588 = 58.80; 210 in step 3 at 0.838 =
		// 175.98.
		// January starts a new year: 310 in step 1 at 0.538 = 166.78. Total 401.56; the
		// new
		// year has used 310 kWh.
		Charges charges = TariffCalculator.charge(
				List.of(version(1, "2012-07-01", PublishedTariffs.zhejiangResidentialElectricity())),
				LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 1), Consumption.of(new BigDecimal("620")),
				new BigDecimal("4700"));

		assertThat(charges.lines()).extracting((line) -> line.from() + " " + describe(line))
			.containsExactly("2026-12-01 2 - 100.000x0.588=58.80", "2026-12-01 3 - 210.000x0.838=175.98",
					"2027-01-01 1 - 310.000x0.538=166.78");
		assertThat(charges.total()).isEqualTo(Money.of("401.56"));
		assertThat(charges.yearToDate()).isEqualByComparingTo("310");
	}

	@Test
	void jiangsuTimeOfUseHouseholdCrossingIntoTheSecondStep() {
		// 2,700 kWh used January to October, so 60 kWh are left in step 1. November: 300
		// kWh, 210 peak (70%) and 90 valley.
		// Step 1 60: peak 60 × 210/300 = 42, valley 60 − 42 = 18. Step 2 240: peak 210 −
		// 42
		// = 168, valley 90 − 18 = 72.
		// 42 × 0.5583 = 23.4486 → 23.45; 18 × 0.3583 = 6.4494 → 6.45; 168 × 0.6083 =
		// 102.1944 → 102.19; 72 × 0.4083 = 29.3976 → 29.40. Total 161.49.
		Charges charges = TariffCalculator.charge(
				List.of(version(1, "2012-07-01", PublishedTariffs.jiangsuResidentialElectricity())), NOV_1,
				LocalDate.of(2026, 12, 1),
				Consumption.ofBands(new BigDecimal("210"), BigDecimal.ZERO, new BigDecimal("90")),
				new BigDecimal("2700"));

		assertThat(charges.lines()).extracting(PublishedCasesTest::describe)
			.containsExactly("1 PEAK 42.000x0.5583=" + byHand("42", "0.5583"),
					"1 VALLEY 18.000x0.3583=" + byHand("18", "0.3583"),
					"2 PEAK 168.000x0.6083=" + byHand("168", "0.6083"),
					"2 VALLEY 72.000x0.4083=" + byHand("72", "0.4083"));
		assertThat(charges.lines()).extracting((line) -> line.amount().toString())
			.containsExactly("23.45", "6.45", "102.19", "29.40");
		assertThat(charges.total()).isEqualTo(Money.of("161.49"));
		assertThat(charges.yearToDate()).isEqualByComparingTo("3000");

		// The same month on a single register: 60 × 0.5283 = 31.698 → 31.70; 240 × 0.5783
		// = 138.792 → 138.79; total 170.49 (the time-of-use meter saved 9.00).
		Charges single = TariffCalculator.charge(
				List.of(version(1, "2012-07-01", PublishedTariffs.jiangsuResidentialElectricity())), NOV_1,
				LocalDate.of(2026, 12, 1), Consumption.of(new BigDecimal("300")), new BigDecimal("2700"));
		assertThat(single.lines()).extracting(PublishedCasesTest::describe)
			.containsExactly("1 - 60.000x0.5283=31.70", "2 - 240.000x0.5783=138.79");
		assertThat(single.total()).isEqualTo(Money.of("170.49"));
	}

	@Test
	void jiangsuTimeOfUseHouseholdCrossingIntoTheThirdStep() {
		// 4,700 kWh used before December, 100 kWh left in step 2. December: 250 kWh, 150
		// peak (60%) and 100 valley.
		// Step 2 100: peak 100 × 150/250 = 60, valley 40. Step 3 150: peak 150 − 60 = 90,
		// valley 100 − 40 = 60.
		// 60 × 0.6083 = 36.498 → 36.50; 40 × 0.4083 = 16.332 → 16.33; 90 × 0.8583 =
		// 77.247 → 77.25; 60 × 0.6583 = 39.498 → 39.50. Total 169.58.
		Charges charges = TariffCalculator.charge(
				List.of(version(1, "2012-07-01", PublishedTariffs.jiangsuResidentialElectricity())),
				LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1),
				Consumption.ofBands(new BigDecimal("150"), BigDecimal.ZERO, new BigDecimal("100")),
				new BigDecimal("4700"));

		assertThat(charges.lines()).extracting(PublishedCasesTest::describe)
			.containsExactly("2 PEAK 60.000x0.6083=" + byHand("60", "0.6083"),
					"2 VALLEY 40.000x0.4083=" + byHand("40", "0.4083"),
					"3 PEAK 90.000x0.8583=" + byHand("90", "0.8583"),
					"3 VALLEY 60.000x0.6583=" + byHand("60", "0.6583"));
		assertThat(charges.total()).isEqualTo(Money.of("169.58"));
	}

	@Test
	void guangdongSummerStepsAreWiderThanWinterSteps() {
		// April (not summer): steps of 200 / 400 kWh; May (summer): 260 / 600 kWh. 450
		// kWh in
		// each month: April 200 + 200 + 50, May 260 + 190 + 0.
		TariffStructure steps = PublishedTariffs.guangdongResidentialSteps("0.60");
		Charges april = TariffCalculator.charge(List.of(version(1, "2012-06-01", steps)), LocalDate.of(2026, 4, 1),
				LocalDate.of(2026, 5, 1), Consumption.of(new BigDecimal("450")), BigDecimal.ZERO);
		Charges may = TariffCalculator.charge(List.of(version(1, "2012-06-01", steps)), LocalDate.of(2026, 5, 1),
				LocalDate.of(2026, 6, 1), Consumption.of(new BigDecimal("450")), BigDecimal.ZERO);

		assertThat(april.lines()).extracting((line) -> line.step() + ":" + line.quantity().value())
			.containsExactly("1:200.000", "2:200.000", "3:50.000");
		assertThat(may.lines()).extracting((line) -> line.step() + ":" + line.quantity().value())
			.containsExactly("1:260.000", "2:190.000");
		// With a first-step price of 0.60: April 120.00 + 130.00 + 45.00 = 295.00; May
		// 156.00
		// + 123.50 = 279.50.
		assertThat(april.total()).isEqualTo(Money.of("295.00"));
		assertThat(may.total()).isEqualTo(Money.of("279.50"));
	}

	@Test
	void shenzhenTwoPartIndustryWithAPowerFactorBelowItsStandard() {
		// 400 kVA contracted, basic charge by capacity, standard 0.90. October: peak
		// 30,000,
		// flat 40,000, valley 20,000 kWh; 50,000 kvarh reactive.
		// Energy 30,000 × 1.0046 = 30,138.00; 40,000 × 0.6246 = 24,984.00; 20,000 ×
		// 0.2896 =
		// 5,792.00. Basic 400 kVA × 1 month × 24 = 9,600.00.
		// Factor 90,000 / √(90,000² + 50,000²) = 0.874 → 0.87: +1.5% under 0.90 (table
		// row
		// 0.87). Adjustment (30,138 + 24,984 + 5,792 + 9,600) × 1.5% = 70,514.00 × 0.015
		// =
		// 1,057.71. Total 71,571.71.
		SupplyTerms terms = new SupplyTerms(true, new BigDecimal("400"), BasicChargeBasis.CAPACITY,
				new BigDecimal("0.90"));
		Charges charges = TariffCalculator.charge(
				List.of(version(1, "2005-06-01", PublishedTariffs.shenzhenTwoPartIndustry())), OCT_1, NOV_1,
				Consumption.ofBands(new BigDecimal("30000"), new BigDecimal("40000"), new BigDecimal("20000"))
					.withDemand(new BigDecimal("310"), new BigDecimal("50000")),
				null, terms);

		assertThat(charges.lines()).extracting((line) -> line.kind() + " " + line.amount())
			.containsExactly("TIME_OF_USE 30138.00", "TIME_OF_USE 24984.00", "TIME_OF_USE 5792.00", "BASIC 9600.00",
					"POWER_FACTOR 1057.71");
		ChargeLine adjustment = charges.lines().getLast();
		assertThat(adjustment.powerFactor().measured()).isEqualByComparingTo("0.87");
		assertThat(adjustment.percent()).isEqualByComparingTo("1.5");
		assertThat(charges.total()).isEqualTo(Money.of("71571.71"));
	}

	/**
	 * A line's amount worked out apart from the calculator: quantity × price, rounded
	 * half up to the fen.
	 */
	private static String byHand(String quantity, String price) {
		return new BigDecimal(quantity).multiply(new BigDecimal(price))
			.setScale(2, RoundingMode.HALF_UP)
			.toPlainString();
	}

	private static String describe(ChargeLine line) {
		return line.step() + " " + ((line.band() != null) ? line.band() : "-") + " " + line.quantity().value() + "x"
				+ line.price().perUnit() + "=" + line.amount();
	}

}
