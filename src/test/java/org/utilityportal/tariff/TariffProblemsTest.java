package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.utilityportal.shared.money.Unit;
import org.utilityportal.tariff.TariffStructure.EnergyCharge;
import org.utilityportal.tariff.TariffStructure.EnergyKind;
import org.utilityportal.tariff.TariffStructure.Tax;
import org.utilityportal.tariff.TariffStructure.TaxMode;
import org.utilityportal.tariff.TariffStructure.Tier;
import org.utilityportal.tariff.TariffStructure.TierBasis;

import static org.assertj.core.api.Assertions.assertThat;

class TariffProblemsTest {

	@Test
	void seasonBoundsNeedSeasonMonthsAndMustRise() {
		List<Tier> rising = List.of(tier("200", "260"), tier(null, null));
		assertThat(steps(rising, Set.of(5, 6)).problems()).isEmpty();
		assertThat(steps(rising, Set.of()).problems()).containsExactly("tariff.problem.seasonBounds");
		assertThat(steps(List.of(tier("200", "260"), tier("400", "250"), tier(null, null)), Set.of(5)).problems())
			.containsExactly("tariff.problem.seasonBounds");
	}

	@Test
	void aTwoPartTariffNeedsABasicPrice() {
		TariffStructure flat = TariffCalculatorTest.flat("0.5");
		TariffStructure withoutPrice = new TariffStructure(flat.unit(), flat.energy(), Set.of(), List.of(), List.of(),
				flat.tax(), new TariffStructure.BasicCharge(null, null));
		TariffStructure byDemand = new TariffStructure(flat.unit(), flat.energy(), Set.of(), List.of(), List.of(),
				flat.tax(), new TariffStructure.BasicCharge(null, new BigDecimal("36")));
		assertThat(withoutPrice.problems()).containsExactly("tariff.problem.basicCharge");
		assertThat(byDemand.problems()).isEmpty();
	}

	@Test
	void stepsWithTimeOfUsePricesHaveThemOnEveryStep() {
		assertThat(
				steps(List.of(PublishedTariffs.banded("100", "0.5", "0.6", "0.3"), PublishedTariffs.tier(null, "0.7")),
						Set.of())
					.problems())
			.containsExactly("tariff.problem.tierBands");
		assertThat(PublishedTariffs.shanghaiResidentialElectricity().problems()).isEmpty();
	}

	private static Tier tier(String upTo, String seasonUpTo) {
		return new Tier((upTo != null) ? new BigDecimal(upTo) : null, new BigDecimal("0.6"), null,
				(seasonUpTo != null) ? new BigDecimal(seasonUpTo) : null, null, null, null);
	}

	private static TariffStructure steps(List<Tier> tiers, Set<Integer> seasonMonths) {
		return new TariffStructure(Unit.KWH,
				new EnergyCharge(EnergyKind.TIERED, null, null, TierBasis.PERIOD, tiers, List.of()), seasonMonths,
				List.of(), List.of(), new Tax(TaxMode.INCLUDED, BigDecimal.ZERO));
	}

}
