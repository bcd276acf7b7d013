package org.utilityportal.shared.domain;

/** The four services the portal covers. */
public enum Utility {

	ELECTRICITY('E', true), WATER('W', true), GAS('G', true), METRO('M', false);

	private final char accountPrefix;

	private final boolean metered;

	Utility(char accountPrefix, boolean metered) {
		this.accountPrefix = accountPrefix;
		this.metered = metered;
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
