package org.utilityportal.customer;

/** The fields shown masked until a member of staff with the right reveals one. */
public enum MaskedField {

	ID_NUMBER, MOBILE;

	/** The message key of the field's name. */
	public String messageKey() {
		return "maskedField." + name();
	}

}
