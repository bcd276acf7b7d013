package org.utilityportal.casework;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The at-risk check found open cases newly at risk of missing their resolution deadline:
 * their team leads are told, once per case and round.
 *
 * @param cases the cases
 */
public record CasesAtRisk(List<CaseAtRisk> cases) {

	/**
	 * One case newly at risk.
	 *
	 * @param number the case number
	 * @param round 0, or how often it was reopened
	 * @param summary its one-line summary
	 * @param due its resolution deadline
	 * @param remainingMinutes working minutes left
	 * @param position its place in its queue (1: next)
	 * @param leads the team leads to tell: user account ids
	 */
	public record CaseAtRisk(String number, int round, String summary, Instant due, long remainingMinutes, int position,
			Set<Long> leads) {
	}

}
