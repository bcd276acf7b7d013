package org.utilityportal.customer;

/** How staff were in touch with a customer, for the contact log. */
public enum ContactKind {

	VISIT, CALL, MEETING, MESSAGE;

	/** The message key of the kind's name. */
	public String messageKey() {
		return "contactKind." + name();
	}

}
