package org.utilityportal.casework;

/** What kind of case it is. */
public enum Nature {

	COMPLAINT, SUGGESTION, ENQUIRY, PRAISE, SERVICE_REQUEST, BILL_RECHECK;

	/** The message key of the name. */
	public String messageKey() {
		return "case.nature." + name();
	}

}
