package org.utilityportal.customer;

/** The kinds of counter search, chosen from the shape of what was typed. */
public enum SearchKind {

	/** 11 digits: a mainland mobile number, exact. */
	MOBILE,

	/** A letter and 10 digits (E, W, G, M) or a 12-digit transit card number, exact. */
	ACCOUNT_NUMBER,

	/**
	 * 4 to 18 digits (the last may be X): the end of an identity number or credit code.
	 */
	ID_TAIL,

	/**
	 * Anything with letters: one character finds surnames, two or more find any part of a
	 * name.
	 */
	NAME;

	/** The message key of the kind's name. */
	public String messageKey() {
		return "searchKind." + name();
	}

}
