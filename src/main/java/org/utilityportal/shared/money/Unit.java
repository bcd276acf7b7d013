package org.utilityportal.shared.money;

/**
 * The units quantities are measured and priced in. Every unit has a message key, so bills
 * say 千瓦时 in Chinese and kWh in English.
 */
public enum Unit {

	/** Kilowatt-hour (千瓦时), electricity. */
	KWH,

	/** Cubic metre (立方米), water and gas. */
	CUBIC_METRE,

	/** One metro trip (次). */
	TRIP,

	/** One calendar month (月), for fixed charges. */
	MONTH,

	/** One yuan of charges (元), the base of a tax line or a power-factor adjustment. */
	YUAN,

	/**
	 * One kVA of contracted capacity for one month (千伏安·月), the basic charge of a
	 * two-part tariff by capacity.
	 */
	KVA_MONTH,

	/**
	 * One kW of maximum demand for one month (千瓦·月), the basic charge of a two-part
	 * tariff by demand.
	 */
	KW_MONTH,

	/** Kilovolt-ampere-hour reactive (千乏时), reactive energy. */
	KVARH,

	/** Kilowatt (千瓦), a maximum demand. */
	KW,

	/** One day (天), the days a late-payment charge counts. */
	DAY;

	/** The message key of the unit's symbol, e.g. {@code unit.KWH}. */
	public String messageKey() {
		return "unit." + name();
	}

}
