package org.utilityportal.casework;

/** Why a case went up a tier. */
public enum EscalationReason {

	BREACH, SAME_DAY, MANUAL, REOPENED;

	/** The message key of the name. */
	public String messageKey() {
		return "case.escalationReason." + name();
	}

}
