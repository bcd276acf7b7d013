package org.utilityportal.tariff;

/** What a bill line charges for. */
public enum LineKind {

	/** Consumption at a single price. */
	ENERGY,

	/** Consumption within one step of a tiered price. */
	TIER,

	/** Consumption in one time-of-use period. */
	TIME_OF_USE,

	/**
	 * The basic charge of a two-part tariff: contracted capacity (kVA) or maximum demand
	 * (kW) × months × price per month.
	 */
	BASIC,

	/**
	 * The power-factor adjustment (力调电费): basic and energy charges × the percentage of
	 * the national table for the measured factor.
	 */
	POWER_FACTOR,

	/** A per-unit surcharge such as a government fund or sewage fee. */
	SURCHARGE,

	/** A charge per month. */
	FIXED,

	/** Value-added tax added on top. */
	TAX,

	/**
	 * The reversal of what an estimated reading charged, once the actual reading is
	 * known.
	 */
	CORRECTION,

	/** An approved credit or debit to an earlier bill. */
	ADJUSTMENT,

	/**
	 * A late-payment charge (违约金) on an earlier bill: days × daily rate × the amount
	 * overdue.
	 */
	LATE_CHARGE;

	/** The message key of the kind's name. */
	public String messageKey() {
		return "lineKind." + name();
	}

}
