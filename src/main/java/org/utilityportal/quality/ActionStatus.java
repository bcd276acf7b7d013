package org.utilityportal.quality;

/**
 * A corrective action's progress: raised from a finding, planned (the cause diagnosed and
 * the plan written), done (carried out, with the evidence).
 */
public enum ActionStatus {

	OPEN, PLANNED, DONE;

	/** The message key of the name. */
	public String messageKey() {
		return "quality.action.status." + name();
	}

}
