package org.utilityportal.casework;

import java.util.List;

/**
 * What one batch of the escalation scan (up to 200 cases) found: one event for the whole
 * batch, so that whoever reacts can do so for all its cases at once.
 *
 * @param escalated the cases that went up a tier
 * @param missed the deadlines that passed without escalating
 * @param near the deadlines that are close
 */
public record CaseDeadlinesChecked(List<CaseEscalated> escalated, List<CaseDeadlineMissed> missed,
		List<CaseDeadlineNear> near) {

	/** Whether there is nothing to react to. */
	public boolean isEmpty() {
		return this.escalated.isEmpty() && this.missed.isEmpty() && this.near.isEmpty();
	}

}
