package org.utilityportal.tariff;

import java.math.BigDecimal;
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
 * @param basicCharge the basic charge of a two-part tariff (两部制), {@code null} for a
 * single-part tariff
 */
public record TariffStructure(Unit unit, EnergyCharge energy, Set<Integer> seasonMonths, List<FixedCharge> fixedCharges,
		List<Surcharge> surcharges, Tax tax, BasicCharge basicCharge) {

	public TariffStructure {
		seasonMonths = (seasonMonths != null) ? Set.copyOf(seasonMonths) : Set.of();
		fixedCharges = (fixedCharges != null) ? List.copyOf(fixedCharges) : List.of();
		surcharges = (surcharges != null) ? List.copyOf(surcharges) : List.of();
	}

	/** A single-part tariff. */
	public TariffStructure(Unit unit, EnergyCharge energy, Set<Integer> seasonMonths, List<FixedCharge> fixedCharges,
			List<Surcharge> surcharges, Tax tax) {
		this(unit, energy, seasonMonths, fixedCharges, surcharges, tax, null);
	}

	/**
	 * Whether it is a two-part tariff: a basic charge by capacity or demand, and energy.
	 */
	public boolean isTwoPart() {
		return this.basicCharge != null;
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
		return TariffProblems.of(this);
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

	}

	/**
	 * One step. A step may carry its own peak, flat and valley prices (阶梯分时, as in
	 * Shanghai, Zhejiang and Jiangsu): a meter with time-of-use registers then pays
	 * those, a meter without pays {@code price}. Its bound may be wider in season months
	 * (Guangdong's summer steps).
	 *
	 * @param upTo upper bound of the step (per month, or per year for an annual basis);
	 * {@code null} for the last
	 * @param price price per unit
	 * @param seasonPrice price per unit in season months, {@code null} when the same
	 * @param seasonUpTo upper bound in season months, {@code null} when the same
	 * @param peakPrice price per unit in peak hours, {@code null} without time-of-use
	 * prices
	 * @param flatPrice price per unit in flat hours, {@code null} when the step has only
	 * peak and valley
	 * @param valleyPrice price per unit in valley hours, {@code null} without time-of-use
	 * prices
	 */
	public record Tier(BigDecimal upTo, BigDecimal price, BigDecimal seasonPrice, BigDecimal seasonUpTo,
			BigDecimal peakPrice, BigDecimal flatPrice, BigDecimal valleyPrice) {

		/** A step with one price (and perhaps a season price). */
		public Tier(BigDecimal upTo, BigDecimal price, BigDecimal seasonPrice) {
			this(upTo, price, seasonPrice, null, null, null, null);
		}

		/** Whether the step has its own peak and valley prices. */
		public boolean hasBandPrices() {
			return this.peakPrice != null && this.valleyPrice != null;
		}

		/** The step's price in one time-of-use period, {@code null} when it has none. */
		public BigDecimal bandPrice(Band band) {
			return switch (band) {
				case PEAK -> this.peakPrice;
				case FLAT -> this.flatPrice;
				case VALLEY -> this.valleyPrice;
			};
		}

		/** The upper bound that applies in or out of season. */
		public BigDecimal upTo(boolean season) {
			return (season && this.seasonUpTo != null) ? this.seasonUpTo : this.upTo;
		}

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
	 * The basic charge of a two-part tariff, per month: by contracted capacity or by
	 * maximum demand, whichever the account chose (at least one is offered).
	 *
	 * @param perKva yuan per kVA of contracted capacity per month, {@code null} when not
	 * offered
	 * @param perKw yuan per kW of maximum demand per month, {@code null} when not offered
	 */
	public record BasicCharge(BigDecimal perKva, BigDecimal perKw) {

		boolean isValid() {
			return (this.perKva != null || this.perKw != null)
					&& (this.perKva == null || TariffProblems.valid(this.perKva))
					&& (this.perKw == null || TariffProblems.valid(this.perKw));
		}

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
