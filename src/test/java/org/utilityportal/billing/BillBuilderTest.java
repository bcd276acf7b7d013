package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.utilityportal.billing.SkipReason;
import org.utilityportal.metering.Reading;
import org.utilityportal.metering.ReadingKind;
import org.utilityportal.metering.ReadingSource;
import org.utilityportal.shared.domain.BasicChargeBasis;
import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.shared.domain.SupplyTerms;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Quantity;
import org.utilityportal.shared.money.Unit;
import org.utilityportal.shared.money.UnitPrice;
import org.utilityportal.tariff.ChargeLine;
import org.utilityportal.tariff.LineKind;
import org.utilityportal.tariff.PriceBookFixtures;
import org.utilityportal.tariff.TariffStructure;

import static org.assertj.core.api.Assertions.assertThat;

class BillBuilderTest {

	private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);

	private static final TariffStructure FLAT = new TariffStructure(Unit.KWH,
			new TariffStructure.EnergyCharge(TariffStructure.EnergyKind.FLAT, new BigDecimal("0.5"), null, null,
					List.of(), List.of()),
			Set.of(), List.of(), List.of(), new TariffStructure.Tax(TariffStructure.TaxMode.INCLUDED, BigDecimal.ZERO));

	private final BillBuilder builder = new BillBuilder(
			PriceBookFixtures.of(Utility.ELECTRICITY, TariffCategory.RESIDENTIAL, "2020-01-01", FLAT), 25);

	@Test
	void aFirstMonthlyBillCoversTheMonthFromTheBaselineReading() {
		BillOutcome outcome = this.builder.build(input(null, reading(1, "2026-09-30", "100", ReadingSource.ACTUAL),
				reading(2, "2026-10-31", "300", ReadingSource.ACTUAL)), OCTOBER);

		BillDraft bill = outcome.bill();
		assertThat(bill.billNumber()).isEqualTo("202610E0000000001");
		assertThat(bill.periodFrom()).isEqualTo(OCTOBER);
		assertThat(bill.periodTo()).isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(bill.dueDate()).isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(bill.charges()).isEqualTo(Money.of("100.00"));
		assertThat(bill.amountDue()).isEqualTo(Money.of("100.00"));
	}

	@Test
	void aMissingReadingIsEstimatedAndAMissingBaselineSkipsTheAccount() {
		BillOutcome estimated = this.builder
			.build(input(null, reading(1, "2026-09-30", "100", ReadingSource.ACTUAL), null)
				.withEstimate(reading(0, "2026-10-31", "250", ReadingSource.ESTIMATED)), OCTOBER);
		assertThat(estimated.bill().closing().source()).isEqualTo(ReadingSource.ESTIMATED);
		assertThat(estimated.bill().consumption()).isEqualByComparingTo("150");

		assertThat(this.builder.build(input(null, reading(1, "2026-09-30", "100", ReadingSource.ACTUAL), null), OCTOBER)
			.skip()).isEqualTo(SkipReason.NO_READING);
		assertThat(this.builder.build(input(null, null, null), OCTOBER).skip()).isEqualTo(SkipReason.NO_BASELINE);
	}

	@Test
	void aMeasuredReadingAfterAnEstimateTakesTheEstimateBackAndChargesTheWholeStretch() {
		BillingInput.PreviousBill previous = new BillingInput.PreviousBill(7, "202609E0000000001",
				LocalDate.of(2026, 9, 1), OCTOBER, "ACTUAL", new BigDecimal("80"), new BigDecimal("500"),
				Money.of("40.00"));
		ChargeLine estimatedLine = new ChargeLine(LineKind.ENERGY, 0, null, false, null, null,
				new Quantity(new BigDecimal("80"), Unit.KWH), new UnitPrice(new BigDecimal("0.5"), Unit.KWH),
				Money.of("40.00"), 1, "DOC-1", LocalDate.of(2026, 9, 1), OCTOBER);
		BillHistory.Rebill rebill = new BillHistory.Rebill(
				List.of(new BillHistory.EstimatedBill("202609E0000000001", List.of(estimatedLine))),
				reading(1, "2026-08-31", "100", ReadingSource.ACTUAL), LocalDate.of(2026, 9, 1), new BigDecimal("420"));

		BillDraft bill = this.builder
			.build(input(previous, reading(3, "2026-09-30", "180", ReadingSource.ESTIMATED),
					reading(4, "2026-10-31", "260", ReadingSource.ACTUAL))
				.withRebill(rebill), OCTOBER)
			.bill();

		assertThat(bill.lines()).extracting((line) -> line.kind() + ":" + line.amount())
			.containsExactly("CORRECTION:-40.00", "ENERGY:80.00");
		assertThat(bill.consumption()).isEqualByComparingTo("160");
		assertThat(bill.charges()).isEqualTo(Money.of("40.00"));
		assertThat(bill.amountDue()).isEqualTo(Money.of("80.00"));
	}

	@Test
	void approvedAdjustmentsAreTheirOwnLines() {
		BillingInput input = new BillingInput(1, 9, "E0000000001", Utility.ELECTRICITY, TariffCategory.RESIDENTIAL,
				BillingCycle.MONTHLY, LocalDate.of(2020, 1, 1), null,
				reading(1, "2026-09-30", "100", ReadingSource.ACTUAL),
				reading(2, "2026-10-31", "120", ReadingSource.ACTUAL), Money.ZERO,
				List.of(new BillingInput.PendingAdjustment(5, "202608E0000000001", Money.of("-3.50"), "多计")),
				Money.ZERO);
		BillDraft bill = this.builder.build(input, OCTOBER).bill();
		assertThat(bill.lines()).extracting((line) -> line.kind() + ":" + line.amount())
			.containsExactly("ENERGY:10.00", "ADJUSTMENT:-3.50");
		assertThat(bill.appliedAdjustments()).containsExactly(5L);
	}

	@Test
	void theFirstBillCarriesTheOpeningBalanceFromTheLegacySystemAsItsPreviousBalance() {
		BillingInput input = new BillingInput(1, 9, "E0000000001", Utility.ELECTRICITY, TariffCategory.RESIDENTIAL,
				BillingCycle.MONTHLY, LocalDate.of(2020, 1, 1), null,
				reading(1, "2026-09-30", "100", ReadingSource.ACTUAL),
				reading(2, "2026-10-31", "120", ReadingSource.ACTUAL), Money.of("50.00"), List.of(),
				Money.of("300.00"));
		BillDraft bill = this.builder.build(input, OCTOBER).bill();
		assertThat(bill.previousDue()).isEqualTo(Money.of("300.00"));
		assertThat(bill.amountDue()).isEqualTo(Money.of("260.00"));
	}

	@Test
	void quarterlyAndAnnualCyclesAreDueAtTheirEnds() {
		assertThat(BillBuilder.isDue(BillingCycle.QUARTERLY, LocalDate.of(2026, 9, 1))).isTrue();
		assertThat(BillBuilder.isDue(BillingCycle.QUARTERLY, LocalDate.of(2026, 10, 1))).isFalse();
		assertThat(BillBuilder.isDue(BillingCycle.ANNUAL, LocalDate.of(2026, 12, 1))).isTrue();
		assertThat(BillBuilder.isDue(BillingCycle.ANNUAL, LocalDate.of(2026, 11, 1))).isFalse();
		assertThat(BillBuilder.isDue(BillingCycle.MONTHLY, LocalDate.of(2026, 2, 1))).isTrue();
		assertThat(BillBuilder.isDue(BillingCycle.BIMONTHLY, LocalDate.of(2026, 2, 1))).isTrue();
		assertThat(BillBuilder.isDue(BillingCycle.BIMONTHLY, LocalDate.of(2026, 3, 1))).isFalse();
		assertThat(BillBuilder.cycleStart(LocalDate.of(2026, 3, 1), BillingCycle.BIMONTHLY))
			.isEqualTo(LocalDate.of(2026, 1, 1));
	}

	@Test
	void aBimonthlyWaterBillCountsTwoMonthsOfStepsAndTheNextYearStartsAfresh() {
		// Monthly steps of 10 m³ at 3.00, then 4.00: a bill for January and February has
		// 20 m³ in step 1. 26 m³: 20 × 3.00 + 6 × 4.00 = 84.00.
		TariffStructure water = new TariffStructure(Unit.CUBIC_METRE,
				new TariffStructure.EnergyCharge(TariffStructure.EnergyKind.TIERED, null, null,
						TariffStructure.TierBasis.PERIOD,
						List.of(new TariffStructure.Tier(BigDecimal.TEN, new BigDecimal("3.00"), null),
								new TariffStructure.Tier(null, new BigDecimal("4.00"), null)),
						List.of()),
				Set.of(), List.of(), List.of(),
				new TariffStructure.Tax(TariffStructure.TaxMode.INCLUDED, BigDecimal.ZERO));
		BillBuilder bimonthly = new BillBuilder(
				PriceBookFixtures.of(Utility.WATER, TariffCategory.RESIDENTIAL, "2020-01-01", water), 25);
		BillingInput input = new BillingInput(1, 9, "W0000000001", Utility.WATER, TariffCategory.RESIDENTIAL,
				BillingCycle.BIMONTHLY, LocalDate.of(2020, 1, 1), null,
				reading(1, "2025-12-31", "100", ReadingSource.ACTUAL),
				reading(2, "2026-02-28", "126", ReadingSource.ACTUAL), Money.ZERO, List.of());

		BillDraft bill = bimonthly.build(input, LocalDate.of(2026, 2, 1)).bill();

		assertThat(bill.periodFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(bill.lines()).extracting((line) -> line.step() + ":" + line.quantity().value() + "=" + line.amount())
			.containsExactly("1:20.000=60.00", "2:6.000=24.00");
		assertThat(bill.charges()).isEqualTo(Money.of("84.00"));
	}

	@Test
	void aTwoPartAccountPaysItsBasicChargeAndThePowerFactorAdjustmentOrIsSkippedWithoutReactiveReadings() {
		// 0.50 per kWh and 20 per kW of maximum demand a month. October: 10,000 kWh,
		// 6,000
		// kvarh, 50 kW. Energy 5,000.00, basic 50 × 20 = 1,000.00. Factor 10,000 /
		// √(10,000² +
		// 6,000²) = 0.857 → 0.86: under 0.90 that is +2.0%: 6,000.00 × 2% = 120.00.
		TariffStructure twoPart = new TariffStructure(Unit.KWH, FLAT.energy(), Set.of(), List.of(), List.of(),
				FLAT.tax(), new TariffStructure.BasicCharge(null, new BigDecimal("20")));
		BillBuilder builder = new BillBuilder(
				PriceBookFixtures.of(Utility.ELECTRICITY, TariffCategory.INDUSTRIAL, "2020-01-01", twoPart), 25);
		SupplyTerms terms = new SupplyTerms(false, null, BasicChargeBasis.DEMAND, new BigDecimal("0.90"));
		Reading opening = reading(1, "2026-09-30", "1000", ReadingSource.ACTUAL).withRegisters(null,
				new BigDecimal("300"));
		Reading closing = reading(2, "2026-10-31", "11000", ReadingSource.ACTUAL).withRegisters(new BigDecimal("50"),
				new BigDecimal("6300"));

		BillDraft bill = builder
			.build(new BillingInput(1, 9, "E0000000009", Utility.ELECTRICITY, TariffCategory.INDUSTRIAL,
					BillingCycle.MONTHLY, LocalDate.of(2020, 1, 1), null, opening, closing, Money.ZERO, List.of(),
					terms), OCTOBER)
			.bill();
		assertThat(bill.lines()).extracting((line) -> line.kind() + ":" + line.quantity() + "=" + line.amount())
			.containsExactly("ENERGY:10000.000 KWH=5000.00", "BASIC:50.000 KW_MONTH=1000.00",
					"POWER_FACTOR:6000.000 YUAN=120.00");

		BillOutcome skipped = builder.build(
				new BillingInput(1, 9, "E0000000009", Utility.ELECTRICITY, TariffCategory.INDUSTRIAL,
						BillingCycle.MONTHLY, LocalDate.of(2020, 1, 1), null,
						reading(1, "2026-09-30", "1000", ReadingSource.ACTUAL),
						reading(2, "2026-10-31", "11000", ReadingSource.ACTUAL), Money.ZERO, List.of(), terms),
				OCTOBER);
		assertThat(skipped.skip()).isEqualTo(SkipReason.NO_TWO_PART_TERMS);
	}

	@Test
	void aFirstBillStartsTheAnnualStepsFromTheImportedYearToDateOfItsYearOnly() {
		// Beijing's annual steps: 2,880 kWh at 0.4883, to 4,800 at 0.5383. The legacy
		// system counted 2,800 kWh of 2026 up to the opening reading on 30 September.
		// October, 200 kWh: 80 left in step 1, 80 × 0.4883 = 39.064 → 39.06; 120 in step
		// 2, 120 × 0.5383 = 64.596 → 64.60. Total 103.66; 3,000 kWh used in 2026.
		BillBuilder steps = new BillBuilder(
				PriceBookFixtures.of(Utility.ELECTRICITY, TariffCategory.RESIDENTIAL, "2012-07-01", annualSteps()), 25);
		BillDraft october = steps
			.build(imported(reading(1, "2026-09-30", "1000", ReadingSource.ACTUAL),
					reading(2, "2026-10-31", "1200", ReadingSource.ACTUAL), "2800", "2026-09-30"), OCTOBER)
			.bill();
		assertThat(october.lines())
			.extracting((line) -> line.step() + ":" + line.quantity().value() + "=" + line.amount())
			.containsExactly("1:80.000=39.06", "2:120.000=64.60");
		assertThat(october.charges()).isEqualTo(Money.of("103.66"));
		assertThat(october.yearConsumption()).isEqualByComparingTo("3000");

		// Counted for 2025 up to 31 December, first billed for January 2026: a new year,
		// so 200 × 0.4883 = 97.66, all in step 1.
		BillDraft january = steps
			.build(imported(reading(1, "2025-12-31", "1000", ReadingSource.ACTUAL),
					reading(2, "2026-01-31", "1200", ReadingSource.ACTUAL), "2800", "2025-12-31"),
					LocalDate.of(2026, 1, 1))
			.bill();
		assertThat(january.lines()).extracting((line) -> line.step() + ":" + line.amount()).containsExactly("1:97.66");
		assertThat(january.yearConsumption()).isEqualByComparingTo("200");
	}

	private static BillingInput imported(Reading opening, Reading closing, String yearToDate, String until) {
		return new BillingInput(1, 9, "E0000000001", Utility.ELECTRICITY, TariffCategory.RESIDENTIAL,
				BillingCycle.MONTHLY, LocalDate.of(2020, 1, 1), null, opening, closing, Money.ZERO, List.of(),
				SupplyTerms.NONE, Money.ZERO,
				new BillingInput.OpeningYear(new BigDecimal(yearToDate), LocalDate.parse(until)));
	}

	private static TariffStructure annualSteps() {
		return new TariffStructure(Unit.KWH,
				new TariffStructure.EnergyCharge(TariffStructure.EnergyKind.TIERED, null, null,
						TariffStructure.TierBasis.ANNUAL,
						List.of(new TariffStructure.Tier(new BigDecimal("2880"), new BigDecimal("0.4883"), null),
								new TariffStructure.Tier(new BigDecimal("4800"), new BigDecimal("0.5383"), null),
								new TariffStructure.Tier(null, new BigDecimal("0.7883"), null)),
						List.of()),
				Set.of(), List.of(), List.of(), FLAT.tax());
	}

	private static BillingInput input(BillingInput.PreviousBill previous, Reading opening, Reading closing) {
		return new BillingInput(1, 9, "E0000000001", Utility.ELECTRICITY, TariffCategory.RESIDENTIAL,
				BillingCycle.MONTHLY, LocalDate.of(2020, 1, 1), previous, opening, closing, Money.ZERO, List.of(),
				Money.ZERO);
	}

	private static Reading reading(long id, String day, String total, ReadingSource source) {
		return new Reading(id, 1, LocalDate.parse(day), source, ReadingKind.REGULAR, new BigDecimal(total), null, null,
				null, null, null, null, false, "test", Instant.EPOCH);
	}

}
