package org.utilityportal.shared.domain;

import org.utilityportal.shared.money.Unit;

/** The four services the portal covers. */
public enum Utility {

	ELECTRICITY('E', true, Unit.KWH), WATER('W', true, Unit.CUBIC_METRE), GAS('G', true, Unit.CUBIC_METRE),
	METRO('M', false, Unit.TRIP);

	private final char accountPrefix;

	private final boolean metered;

	private final Unit unit;

	Utility(char accountPrefix, boolean metered, Unit unit) {
		this.accountPrefix = accountPrefix;
		this.metered = metered;
		this.unit = unit;
	}

	/** What this utility's consumption is counted in: kWh, m³ or trips. */
	public Unit unit() {
		return this.unit;
	}

	/** The first letter of this utility's account numbers. */
	public char accountPrefix() {
		return this.accountPrefix;
	}

	/** Whether consumption is measured by a meter (everything but metro). */
	public boolean isMetered() {
		return this.metered;
	}

	/** The message key of the utility's name. */
	public String messageKey() {
		return "utility." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
