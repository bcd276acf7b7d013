package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.utilityportal.shared.money.Unit;
import org.utilityportal.tariff.TariffStructure.EnergyCharge;
import org.utilityportal.tariff.TariffStructure.EnergyKind;
import org.utilityportal.tariff.TariffStructure.Surcharge;
import org.utilityportal.tariff.TariffStructure.Tax;
import org.utilityportal.tariff.TariffStructure.TaxMode;
import org.utilityportal.tariff.TariffStructure.Tier;
import org.utilityportal.tariff.TariffStructure.TierBasis;

/** Real published tariff tables, for tests. */
final class PublishedTariffs {

	private PublishedTariffs() {
	}

	/**
	 * Beijing residential electricity, households on single-phase meters below 1 kV:
	 * annual step allowance of 2,880 kWh at 0.4883 yuan/kWh, 2,881–4,800 kWh at 0.5383,
	 * above 4,800 kWh at 0.7883, tax included. Source: Beijing Municipal Commission of
	 * Development and Reform, notice on tiered electricity prices for residents
	 * (北京市居民生活用电阶梯电价), in force since 1 July 2012, as published on the price page of
	 * State Grid Beijing Electric Power.
	 */
	static TariffStructure beijingResidentialElectricity() {
		return new TariffStructure(Unit.KWH,
				new EnergyCharge(EnergyKind.TIERED, null, null, TierBasis.ANNUAL,
						List.of(tier("2880", "0.4883"), tier("4800", "0.5383"), tier(null, "0.7883")), List.of()),
				Set.of(), List.of(), List.of(), new Tax(TaxMode.INCLUDED, new BigDecimal("0.13")));
	}

	/**
	 * Beijing residential water since 1 May 2014: annual steps 0–180 m³ at 5 yuan,
	 * 181–260 m³ at 7 yuan, above 260 m³ at 9 yuan per m³, each made of the water price
	 * (2.07 / 4.07 / 6.07), the water resource fee 1.57 and the sewage treatment fee
	 * 1.36. Source: Beijing Municipal Commission of Development and Reform, notice on
	 * adjusting residential water prices (关于调整本市居民用水价格的通知), 2014.
	 */
	static TariffStructure beijingResidentialWater() {
		return new TariffStructure(Unit.CUBIC_METRE,
				new EnergyCharge(EnergyKind.TIERED, null, null, TierBasis.ANNUAL,
						List.of(tier("180", "2.07"), tier("260", "4.07"), tier(null, "6.07")), List.of()),
				Set.of(), List.of(),
				List.of(new Surcharge("水资源费", "Water resource fee", new BigDecimal("1.57")),
						new Surcharge("污水处理费", "Sewage treatment fee", new BigDecimal("1.36"))),
				new Tax(TaxMode.INCLUDED, new BigDecimal("0.09")));
	}

	static PricedVersion version(long id, String effectiveFrom, TariffStructure structure) {
		return new PricedVersion(id, LocalDate.parse(effectiveFrom), "DOC-" + id, structure);
	}

	static Tier tier(String upTo, String price) {
		return new Tier((upTo != null) ? new BigDecimal(upTo) : null, new BigDecimal(price), null);
	}

}
