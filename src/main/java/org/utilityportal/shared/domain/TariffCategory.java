package org.utilityportal.shared.domain;

/**
 * The price category an account is billed under; tariffs are set per utility and
 * category.
 */
public enum TariffCategory {

	RESIDENTIAL, COMMERCIAL, INDUSTRIAL, LARGE_INDUSTRY, AGRICULTURAL;

	/** The message key of the category's name. */
	public String messageKey() {
		return "tariffCategory." + name();
	}

}
