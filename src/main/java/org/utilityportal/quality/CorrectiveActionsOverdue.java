package org.utilityportal.quality;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The overdue check raised corrective actions a tier: each action once per tier.
 *
 * @param actions the actions
 */
public record CorrectiveActionsOverdue(List<Overdue> actions) {

	/**
	 * One action gone up a tier.
	 *
	 * @param actionId the action
	 * @param title one line
	 * @param dueOn the day it was due
	 * @param tier the tier reached (2: the unit's supervisors, 3: the service centre)
	 * @param concerned the owner and the supervisors of the tier
	 */
	public record Overdue(long actionId, String title, LocalDate dueOn, int tier, Set<Long> concerned) {
	}

}
