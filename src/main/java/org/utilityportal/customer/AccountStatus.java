package org.utilityportal.customer;

/** Whether a service account is in use. Closed accounts are kept with their history. */
public enum AccountStatus {

	OPEN, CLOSED;

	/** The message key of the status's name. */
	public String messageKey() {
		return "accountStatus." + name();
	}

}
