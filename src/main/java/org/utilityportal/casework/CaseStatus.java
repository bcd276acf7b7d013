package org.utilityportal.casework;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands. Open cases run their clocks; a resolved case has its reply and
 * waits for the return visit; a closed case has both.
 */
public enum CaseStatus {

	REGISTERED, IN_PROGRESS, WAITING_CUSTOMER, RESOLVED, CLOSED;

	/** The statuses in which the first-reply and resolution clocks run. */
	public static final Set<CaseStatus> OPEN = EnumSet.of(REGISTERED, IN_PROGRESS, WAITING_CUSTOMER);

	/** Whether the case is still being handled. */
	public boolean isOpen() {
		return OPEN.contains(this);
	}

	/** The message key of the name. */
	public String messageKey() {
		return "case.status." + name();
	}

}
