package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Unit;
import org.utilityportal.tariff.TariffStructure.Band;
import org.utilityportal.tariff.TariffStructure.EnergyCharge;
import org.utilityportal.tariff.TariffStructure.EnergyKind;
import org.utilityportal.tariff.TariffStructure.FixedCharge;
import org.utilityportal.tariff.TariffStructure.Tax;
import org.utilityportal.tariff.TariffStructure.TaxMode;
import org.utilityportal.tariff.TariffStructure.TierBasis;
import org.utilityportal.tariff.TariffStructure.TouBand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.utilityportal.tariff.PublishedTariffs.tier;
import static org.utilityportal.tariff.PublishedTariffs.version;

class TariffCalculatorTest {

	private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);

	private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

	@Test
	void beijingElectricityCrossesTheAnnualAllowanceMidYear() {
		// 2,800 kWh used January to September; 200 kWh in October: 80 kWh left in step 1,
		// 120 in step 2.
		Charges charges = TariffCalculator.charge(
				List.of(version(1, "2012-07-01", PublishedTariffs.beijingResidentialElectricity())), OCT_1, NOV_1,
				Consumption.of(new BigDecimal("200")), new BigDecimal("2800"));

		assertThat(charges.lines())
			.extracting((line) -> line.step() + ":" + line.quantity().value() + "x" + line.price().perUnit() + "="
					+ line.amount())
			.containsExactly("1:80.000x0.4883=39.06", "2:120.000x0.5383=64.60");
		assertThat(charges.total()).isEqualTo(Money.of("103.66"));
	}

	@Test
	void beijingElectricityAboveTheSecondStepPaysTheThirdPrice() {
		Charges charges = TariffCalculator.charge(
				List.of(version(1, "2012-07-01", PublishedTariffs.beijingResidentialElectricity())), OCT_1, NOV_1,
				Consumption.of(new BigDecimal("300")), new BigDecimal("4700"));

		assertThat(charges.lines())
			.extracting((line) -> line.step() + ":" + line.quantity().value() + "=" + line.amount())
			.containsExactly("2:100.000=53.83", "3:200.000=157.66");
	}

	@Test
	void beijingWaterStepsAndFeesAddUpToThePublishedTotalPrices() {
		// A quarter of 60 m³ after 150 m³ this year: 30 m³ at 5 yuan and 30 m³ at 7 yuan
		// all in.
		Charges charges = TariffCalculator.charge(
				List.of(version(2, "2014-05-01", PublishedTariffs.beijingResidentialWater())), LocalDate.of(2026, 7, 1),
				LocalDate.of(2026, 10, 1), Consumption.of(new BigDecimal("60")), new BigDecimal("150"));

		assertThat(charges.lines())
			.extracting((line) -> line.kind() + ":" + line.quantity().value() + "=" + line.amount())
			.containsExactly("TIER:30.000=62.10", "TIER:30.000=122.10", "SURCHARGE:60.000=94.20",
					"SURCHARGE:60.000=81.60");
		assertThat(charges.total()).isEqualTo(Money.of("360.00"));
		assertThat(charges.total().amount()).isEqualByComparingTo(new BigDecimal("30").multiply(new BigDecimal("5"))
			.add(new BigDecimal("30").multiply(new BigDecimal("7"))));
	}

	@Test
	void aPriceChangeMidPeriodSplitsTheConsumptionByDays() {
		TariffStructure old = flat("0.50");
		TariffStructure raised = flat("0.60");
		// 30 days in November; the new price applies from the 16th: 15 days each.
		Charges charges = TariffCalculator.charge(
				List.of(version(1, "2020-01-01", old), version(2, "2026-11-16", raised)), NOV_1,
				LocalDate.of(2026, 12, 1), Consumption.of(new BigDecimal("301")), BigDecimal.ZERO);

		assertThat(charges.lines())
			.extracting((line) -> line.versionId() + ":" + line.from() + ":" + line.quantity().value() + "x"
					+ line.price().perUnit() + "=" + line.amount())
			.containsExactly("1:2026-11-01:150.500x0.50=75.25", "2:2026-11-16:150.500x0.60=90.30");
		assertThat(charges.total()).isEqualTo(Money.of("165.55"));
	}

	@Test
	void monthlyStepsAreScaledToEachPartOfASplitPeriod() {
		// Steps of 240 kWh per month; a change on day 11 of a 30-day month gives 80 and
		// 160 kWh bounds.
		TariffStructure tiered = new TariffStructure(Unit.KWH,
				new EnergyCharge(EnergyKind.TIERED, null, null, TierBasis.PERIOD,
						List.of(tier("240", "0.50"), tier(null, "0.80")), List.of()),
				Set.of(), List.of(), List.of(), new Tax(TaxMode.INCLUDED, BigDecimal.ZERO));
		Charges charges = TariffCalculator.charge(
				List.of(version(1, "2020-01-01", tiered), version(2, "2026-11-11", tiered)), NOV_1,
				LocalDate.of(2026, 12, 1), Consumption.of(new BigDecimal("300")), BigDecimal.ZERO);

		assertThat(charges.lines())
			.extracting((line) -> line.versionId() + ":" + line.step() + ":" + line.quantity().value())
			.containsExactly("1:1:80.000", "1:2:20.000", "2:1:160.000", "2:2:40.000");
		assertThat(charges.stepQuantity()).isEqualByComparingTo("300");
	}

	@Test
	void aQuarterlyBillHasThreeMonthsOfStepsAndFixedCharges() {
		TariffStructure tiered = new TariffStructure(Unit.CUBIC_METRE,
				new EnergyCharge(EnergyKind.TIERED, null, null, TierBasis.PERIOD,
						List.of(tier("10", "3.00"), tier(null, "4.00")), List.of()),
				Set.of(), List.of(new FixedCharge("表具维护费", "Meter upkeep", new BigDecimal("2.50"))), List.of(),
				new Tax(TaxMode.INCLUDED, BigDecimal.ZERO));
		Charges charges = TariffCalculator.charge(List.of(version(1, "2020-01-01", tiered)), LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 4, 1), Consumption.of(new BigDecimal("40")), BigDecimal.ZERO);

		assertThat(charges.lines()).extracting((line) -> line.kind() + ":" + line.quantity() + "=" + line.amount())
			.containsExactly("TIER:30.000 CUBIC_METRE=90.00", "TIER:10.000 CUBIC_METRE=40.00",
					"FIXED:3.000 MONTH=7.50");
	}

	@Test
	void seasonPricesApplyInTheirMonthsOnly() {
		TariffStructure seasonal = new TariffStructure(Unit.KWH,
				new EnergyCharge(EnergyKind.FLAT, new BigDecimal("0.60"), new BigDecimal("0.45"), null, List.of(),
						List.of()),
				Set.of(6, 7, 8, 9, 10), List.of(), List.of(), new Tax(TaxMode.INCLUDED, BigDecimal.ZERO));
		// A quarter April to June: June is wet season; 91 days, 30 of them in June.
		Charges charges = TariffCalculator.charge(List.of(version(1, "2020-01-01", seasonal)), LocalDate.of(2026, 4, 1),
				LocalDate.of(2026, 7, 1), Consumption.of(new BigDecimal("910")), BigDecimal.ZERO);

		assertThat(charges.lines())
			.extracting((line) -> line.season() + ":" + line.quantity().value() + "x" + line.price().perUnit())
			.containsExactly("false:610.000x0.60", "true:300.000x0.45");
	}

	@Test
	void timeOfUseChargesEachRegisterAtItsOwnPrice() {
		TariffStructure tou = new TariffStructure(Unit.KWH,
				new EnergyCharge(EnergyKind.TIME_OF_USE, null, null, null, List.of(),
						List.of(new TouBand(Band.PEAK, "10:00-15:00,18:00-21:00", new BigDecimal("1.1530"), null),
								new TouBand(Band.FLAT, "07:00-10:00,15:00-18:00,21:00-23:00", new BigDecimal("0.7361"),
										null),
								new TouBand(Band.VALLEY, "23:00-07:00", new BigDecimal("0.3193"), null))),
				Set.of(), List.of(), List.of(), new Tax(TaxMode.INCLUDED, BigDecimal.ZERO));
		Charges charges = TariffCalculator.charge(List.of(version(1, "2020-01-01", tou)), OCT_1, NOV_1,
				Consumption.ofBands(new BigDecimal("1200"), new BigDecimal("1500"), new BigDecimal("800")), null);

		assertThat(charges.lines()).extracting((line) -> line.band() + "=" + line.amount())
			.containsExactly("PEAK=1383.60", "FLAT=1104.15", "VALLEY=255.44");
		assertThatIllegalArgumentException().isThrownBy(() -> TariffCalculator
			.charge(List.of(version(1, "2020-01-01", tou)), OCT_1, NOV_1, Consumption.of(BigDecimal.TEN), null));
	}

	@Test
	void addedTaxIsItsOwnLineOnTheRoundedLines() {
		TariffStructure taxed = new TariffStructure(Unit.CUBIC_METRE,
				new EnergyCharge(EnergyKind.FLAT, new BigDecimal("3.333"), null, null, List.of(), List.of()), Set.of(),
				List.of(), List.of(), new Tax(TaxMode.ADDED, new BigDecimal("0.09")));
		Charges charges = TariffCalculator.charge(List.of(version(1, "2020-01-01", taxed)), OCT_1, NOV_1,
				Consumption.of(new BigDecimal("7")), null);

		// 7 × 3.333 = 23.331 → 23.33; tax 23.33 × 0.09 = 2.0997 → 2.10.
		assertThat(charges.lines()).extracting((line) -> line.kind() + "=" + line.amount())
			.containsExactly("ENERGY=23.33", "TAX=2.10");
		assertThat(charges.total()).isEqualTo(Money.of("25.43"));
	}

	@Test
	void refusesAPeriodBeforeAnyVersion() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TariffCalculator.charge(List.of(version(1, "2027-01-01", flat("0.5"))), OCT_1, NOV_1,
					Consumption.of(BigDecimal.ONE), null))
			.withMessageContaining("No tariff version in force");
	}

	static TariffStructure flat(String price) {
		return new TariffStructure(Unit.KWH,
				new EnergyCharge(EnergyKind.FLAT, new BigDecimal(price), null, null, List.of(), List.of()), Set.of(),
				List.of(), List.of(), new Tax(TaxMode.INCLUDED, BigDecimal.ZERO));
	}

}
