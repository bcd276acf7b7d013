package org.utilityportal.tariff;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.utilityportal.shared.money.Unit;

/**
 * The prices of one tariff version.
 *
 * @param unit what consumption is measured in (kWh or m³)
 * @param energy how consumption is priced: one price, steps, or time-of-use bands
 * @param seasonMonths months (1–12) in which the season prices apply, empty when there is
 * no season
 * @param fixedCharges charges per month whatever the consumption
 * @param surcharges charges per unit on top of the energy price (government funds, sewage
 * fees)
 * @param tax value-added tax: included in the prices, or added on top
 */
public record TariffStructure(Unit unit, EnergyCharge energy, Set<Integer> seasonMonths, List<FixedCharge> fixedCharges,
		List<Surcharge> surcharges, Tax tax) {

	public TariffStructure {
		seasonMonths = (seasonMonths != null) ? Set.copyOf(seasonMonths) : Set.of();
		fixedCharges = (fixedCharges != null) ? List.copyOf(fixedCharges) : List.of();
		surcharges = (surcharges != null) ? List.copyOf(surcharges) : List.of();
	}

	/** Whether some months have season prices. */
	public boolean hasSeason() {
		return !this.seasonMonths.isEmpty();
	}

	/**
	 * What is wrong with these prices, as message keys; empty when the structure can be
	 * published.
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.unit == null || this.energy == null || this.energy.kind() == null) {
			problems.add("tariff.problem.incomplete");
			return problems;
		}
		problems.addAll(this.energy.problems(hasSeason()));
		if (this.seasonMonths.stream().anyMatch((month) -> month < 1 || month > 12)) {
			problems.add("tariff.problem.seasonMonths");
		}
		if (this.fixedCharges.stream().anyMatch((charge) -> !valid(charge.perMonth()) || blank(charge.nameZh()))
				|| this.surcharges.stream().anyMatch((charge) -> !valid(charge.perUnit()) || blank(charge.nameZh()))) {
			problems.add("tariff.problem.charges");
		}
		if (this.tax == null || this.tax.rate() == null || this.tax.rate().signum() < 0
				|| this.tax.rate().compareTo(new BigDecimal("0.3")) > 0) {
			problems.add("tariff.problem.tax");
		}
		return problems;
	}

	static boolean valid(BigDecimal price) {
		return price != null && price.signum() >= 0 && price.stripTrailingZeros().scale() <= 6;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/** How consumption is priced. */
	public enum EnergyKind {

		/** One price per unit. */
		FLAT,
		/** Steps (阶梯): each step's quantity at its own price. */
		TIERED,
		/**
		 * Peak, flat and valley periods (峰谷), each measured by its own meter register.
		 */
		TIME_OF_USE

	}

	/** Over which consumption the step bounds count. */
	public enum TierBasis {

		/**
		 * The bounds are per month of the billing period (a quarterly bill has three
		 * times the bounds).
		 */
		PERIOD,
		/** The bounds are an allowance per calendar year, used up month by month. */
		ANNUAL

	}

	/** The time-of-use periods. */
	public enum Band {

		PEAK, FLAT, VALLEY

	}

	/** Whether tax is in the prices or added on top. */
	public enum TaxMode {

		INCLUDED, ADDED

	}

	/**
	 * How consumption is priced.
	 *
	 * @param kind flat, tiered or time-of-use
	 * @param price the price per unit (flat)
	 * @param seasonPrice the flat price in season months, {@code null} when the same
	 * @param tierBasis per billing period or per year (tiered)
	 * @param tiers the steps, lowest first; the last has no upper bound (tiered)
	 * @param bands the time-of-use periods with their hours and prices (time-of-use)
	 */
	public record EnergyCharge(EnergyKind kind, BigDecimal price, BigDecimal seasonPrice, TierBasis tierBasis,
			List<Tier> tiers, List<TouBand> bands) {

		public EnergyCharge {
			tiers = (tiers != null) ? List.copyOf(tiers) : List.of();
			bands = (bands != null) ? List.copyOf(bands) : List.of();
		}

		List<String> problems(boolean season) {
			List<String> problems = new ArrayList<>();
			switch (this.kind) {
				case FLAT -> {
					if (!valid(this.price) || (this.seasonPrice != null && !valid(this.seasonPrice))) {
						problems.add("tariff.problem.price");
					}
				}
				case TIERED -> {
					if (this.tierBasis == null || this.tiers.isEmpty()) {
						problems.add("tariff.problem.tiers");
						break;
					}
					BigDecimal previous = BigDecimal.ZERO;
					for (int i = 0; i < this.tiers.size(); i++) {
						Tier tier = this.tiers.get(i);
						boolean last = i == this.tiers.size() - 1;
						boolean boundOk = last ? tier.upTo() == null
								: tier.upTo() != null && tier.upTo().compareTo(previous) > 0;
						if (!boundOk || !valid(tier.price())
								|| (tier.seasonPrice() != null && !valid(tier.seasonPrice()))) {
							problems.add("tariff.problem.tiers");
							break;
						}
						previous = (tier.upTo() != null) ? tier.upTo() : previous;
					}
				}
				case TIME_OF_USE -> {
					boolean complete = this.bands.size() == Band.values().length && this.bands.stream()
						.allMatch((band) -> band.band() != null && valid(band.price())
								&& (band.seasonPrice() == null || valid(band.seasonPrice())));
					if (!complete) {
						problems.add("tariff.problem.bands");
					}
				}
			}
			return problems;
		}

	}

	/**
	 * One step.
	 *
	 * @param upTo upper bound of the step (per month, or per year for an annual basis);
	 * {@code null} for the last
	 * @param price price per unit
	 * @param seasonPrice price per unit in season months, {@code null} when the same
	 */
	public record Tier(BigDecimal upTo, BigDecimal price, BigDecimal seasonPrice) {
	}

	/**
	 * One time-of-use period.
	 *
	 * @param band peak, flat or valley
	 * @param hours when it applies, as published, e.g. {@code 10:00-15:00,18:00-21:00}
	 * @param price price per unit
	 * @param seasonPrice price per unit in season months, {@code null} when the same
	 */
	public record TouBand(Band band, String hours, BigDecimal price, BigDecimal seasonPrice) {
	}

	/**
	 * A charge per month.
	 *
	 * @param nameZh name in Chinese
	 * @param nameEn name in English
	 * @param perMonth yuan per month
	 */
	public record FixedCharge(String nameZh, String nameEn, BigDecimal perMonth) {
	}

	/**
	 * A charge per unit consumed.
	 *
	 * @param nameZh name in Chinese
	 * @param nameEn name in English
	 * @param perUnit yuan per unit
	 */
	public record Surcharge(String nameZh, String nameEn, BigDecimal perUnit) {
	}

	/**
	 * Value-added tax.
	 *
	 * @param mode included in the prices, or added as its own line
	 * @param rate e.g. 0.09 for 9%
	 */
	public record Tax(TaxMode mode, BigDecimal rate) {
	}

}
