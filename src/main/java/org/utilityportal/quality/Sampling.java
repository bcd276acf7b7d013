package org.utilityportal.quality;

/**
 * How the inspected call, visit or case was chosen: at random (a member of staff of a
 * unit, or a case closed in the last 30 days), by rule (a case closed in the last 30 days
 * that missed a deadline or was rated 3 or less) or chosen by the inspector.
 */
public enum Sampling {

	RANDOM, RULE, CHOSEN;

	/** The message key of the name. */
	public String messageKey() {
		return "quality.sampling." + name();
	}

}
