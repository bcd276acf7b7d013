package org.utilityportal.casework;

/** What happened to a case (the history). */
public enum EventKind {

	REGISTERED, OWNER_TAKEN, ASSIGNED, REGRADED, FIRST_REPLY, NOTE, WAITING, RESUMED, CUSTOMER_INFO, COMMENT, WARNING,
	BREACH, ESCALATED, CHASED, RESOLVED, VISITED, REOPENED, CLOSED, REPEAT_LINKED, PLATFORM_REPLY;

	/** The message key of the name. */
	public String messageKey() {
		return "case.event." + name();
	}

}
