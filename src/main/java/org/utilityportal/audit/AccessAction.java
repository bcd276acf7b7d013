package org.utilityportal.audit;

/** What a member of staff did with personal data. */
public enum AccessAction {

	/** Searched customers; the detail holds the search text. */
	SEARCH,

	/** Opened a customer record. */
	VIEW,

	/** Revealed one masked field of one customer. */
	REVEAL,

	/** Exported a list that contains personal data. */
	EXPORT;

	/** The message key of the action's name. */
	public String messageKey() {
		return "accessAction." + name();
	}

}
