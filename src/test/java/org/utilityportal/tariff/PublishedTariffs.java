package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.utilityportal.shared.money.Unit;
import org.utilityportal.tariff.TariffStructure.Band;
import org.utilityportal.tariff.TariffStructure.EnergyCharge;
import org.utilityportal.tariff.TariffStructure.EnergyKind;
import org.utilityportal.tariff.TariffStructure.Surcharge;
import org.utilityportal.tariff.TariffStructure.Tax;
import org.utilityportal.tariff.TariffStructure.TaxMode;
import org.utilityportal.tariff.TariffStructure.Tier;
import org.utilityportal.tariff.TariffStructure.TierBasis;
import org.utilityportal.tariff.TariffStructure.TouBand;

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

	/**
	 * Shanghai residential electricity since 1 July 2012, households on single-phase
	 * meters: annual steps up to 3,120 kWh, 3,121–4,800 kWh and above. A household with a
	 * time-of-use meter pays per step peak (06:00–22:00) 0.617 / 0.677 / 0.977 and valley
	 * (22:00–06:00) 0.307 / 0.337 / 0.487; without one 0.617 / 0.667 / 0.917. Source: the
	 * Shanghai plan as reported by Shanghai Daily ("City picks yearly pricing plan for
	 * graduated electricity rates", 2012: 3,120 kWh, 0.617 by day and half at night,
	 * 0.677 / 0.337 for 3,120–4,800 kWh); the third step's prices were not in that report
	 * and are only used where a test says so.
	 */
	static TariffStructure shanghaiResidentialElectricity() {
		return new TariffStructure(Unit.KWH,
				new EnergyCharge(EnergyKind.TIERED, null, null, TierBasis.ANNUAL,
						List.of(banded("3120", "0.617", "0.617", "0.307"), banded("4800", "0.667", "0.677", "0.337"),
								banded(null, "0.917", "0.977", "0.487")),
						List.of(new TouBand(Band.PEAK, "06:00-22:00", null, null),
								new TouBand(Band.VALLEY, "22:00-06:00", null, null))),
				Set.of(), List.of(), List.of(), new Tax(TaxMode.INCLUDED, new BigDecimal("0.13")));
	}

	/**
	 * Zhejiang residential electricity, "一户一表" households below 1 kV: annual steps up to
	 * 2,760 kWh, 2,761–4,800 kWh and above at 0.538 / 0.588 / 0.838; with time-of-use
	 * prices peak (08:00–22:00) 0.568 / 0.618 / 0.868 and valley (22:00–08:00) 0.288 /
	 * 0.338 / 0.588. Source: 浙江省物价局《关于完善居民生活用电阶梯电价政策有关事项的通知》, 浙江省电网居民生活用电价格表.
	 */
	static TariffStructure zhejiangResidentialElectricity() {
		return new TariffStructure(Unit.KWH,
				new EnergyCharge(EnergyKind.TIERED, null, null, TierBasis.ANNUAL,
						List.of(banded("2760", "0.538", "0.568", "0.288"), banded("4800", "0.588", "0.618", "0.338"),
								banded(null, "0.838", "0.868", "0.588")),
						List.of(new TouBand(Band.PEAK, "08:00-22:00", null, null),
								new TouBand(Band.VALLEY, "22:00-08:00", null, null))),
				Set.of(), List.of(), List.of(), new Tax(TaxMode.INCLUDED, new BigDecimal("0.13")));
	}

	/**
	 * Jiangsu residential electricity, "一户一表" households below 1 kV: annual steps up to
	 * 2,760 kWh, 2,761–4,800 kWh and above at 0.5283 / 0.5783 / 0.8283; households that
	 * chose time-of-use pay peak (08:00–21:00) 0.5583 and valley (21:00–08:00) 0.3583 in
	 * the first step, and the same step increments (+0.05, +0.30) on both in the second
	 * and third: peak 0.6083 / 0.8583, valley 0.4083 / 0.6583. Source: 江苏省物价局《关于江苏省
	 * 居民生活用电试行阶梯电价的通知》(苏价工〔2012〕189号) and State Grid Jiangsu's residential price table
	 * (年用电量 ≤2760 千瓦时 0.5283 元, 2760–4800 千瓦时 0.5783 元, >4800 千瓦时 0.8283 元; 峰段 8:00–21:00
	 * 0.5583 元, 谷段 21:00–次日 8:00 0.3583 元).
	 */
	static TariffStructure jiangsuResidentialElectricity() {
		return new TariffStructure(Unit.KWH, new EnergyCharge(EnergyKind.TIERED, null, null, TierBasis.ANNUAL,
				List.of(banded("2760", "0.5283", "0.5583", "0.3583"), banded("4800", "0.5783", "0.6083", "0.4083"),
						banded(null, "0.8283", "0.8583", "0.6583")),
				List.of(new TouBand(Band.PEAK, "08:00-21:00", null, null),
						new TouBand(Band.VALLEY, "21:00-08:00", null, null))),
				Set.of(), List.of(), List.of(), new Tax(TaxMode.INCLUDED, new BigDecimal("0.13")));
	}

	/**
	 * Guangdong's residential steps by season: monthly steps up to 260 / 600 kWh in the
	 * summer months (May to October) and up to 200 / 400 kWh in the other months; the
	 * second step costs 0.05 and the third 0.30 yuan more than the first. Source:
	 * Guangdong residential tiered price rule (2012), as restated by the Guangdong grid.
	 * The first-step price is each supply area's catalogue price; {@code base} stands for
	 * it.
	 */
	static TariffStructure guangdongResidentialSteps(String base) {
		BigDecimal first = new BigDecimal(base);
		return new TariffStructure(Unit.KWH, new EnergyCharge(EnergyKind.TIERED, null, null, TierBasis.PERIOD,
				List.of(new Tier(new BigDecimal("200"), first, null, new BigDecimal("260"), null, null, null),
						new Tier(new BigDecimal("400"), first.add(new BigDecimal("0.05")), null, new BigDecimal("600"),
								null, null, null),
						new Tier(null, first.add(new BigDecimal("0.30")), null)),
				List.of()), Set.of(5, 6, 7, 8, 9, 10), List.of(), List.of(),
				new Tax(TaxMode.INCLUDED, new BigDecimal("0.13")));
	}

	/**
	 * Shenzhen two-part electricity for industry on 10 kV (effective with the readings
	 * from 1 June 2005): basic charge on transformer capacity 24 yuan per kVA per month;
	 * energy peak 1.0046, flat 0.6246, valley 0.2896 yuan per kWh (the "250 kWh per kVA
	 * and below" row). Source: Shenzhen municipal government, investment guide, "Cost of
	 * Electricity" (szinvest.gov.cn). The maximum-demand price and the hours of the
	 * periods are not in that table and are left out.
	 */
	static TariffStructure shenzhenTwoPartIndustry() {
		return new TariffStructure(Unit.KWH,
				new EnergyCharge(EnergyKind.TIME_OF_USE, null, null, null, List.of(),
						List.of(new TouBand(Band.PEAK, null, new BigDecimal("1.0046"), null),
								new TouBand(Band.FLAT, null, new BigDecimal("0.6246"), null),
								new TouBand(Band.VALLEY, null, new BigDecimal("0.2896"), null))),
				Set.of(), List.of(), List.of(), new Tax(TaxMode.INCLUDED, new BigDecimal("0.13")),
				new TariffStructure.BasicCharge(new BigDecimal("24"), null));
	}

	static PricedVersion version(long id, String effectiveFrom, TariffStructure structure) {
		return new PricedVersion(id, LocalDate.parse(effectiveFrom), "DOC-" + id, structure);
	}

	static Tier banded(String upTo, String price, String peak, String valley) {
		return new Tier((upTo != null) ? new BigDecimal(upTo) : null, new BigDecimal(price), null, null,
				new BigDecimal(peak), null, new BigDecimal(valley));
	}

	static Tier tier(String upTo, String price) {
		return new Tier((upTo != null) ? new BigDecimal(upTo) : null, new BigDecimal(price), null);
	}

}
