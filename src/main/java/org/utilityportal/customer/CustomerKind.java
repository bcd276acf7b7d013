package org.utilityportal.customer;

/** The kind of customer, which decides the usual tariff category and service rules. */
public enum CustomerKind {

	RESIDENTIAL, COMMERCIAL, INDUSTRIAL, LARGE_INDUSTRY, RURAL;

	/** The message key of the kind's name. */
	public String messageKey() {
		return "customerKind." + name();
	}

}
