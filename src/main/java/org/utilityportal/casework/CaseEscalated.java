package org.utilityportal.casework;

import java.util.Set;

/**
 * A case went up a tier: by breach of a deadline (the escalation scan), the same day
 * (sensitive cases, large amounts), by hand (a supervisor) or because a dissatisfied
 * customer reopened it. Happens once per case, round and tier.
 *
 * @param number the case number
 * @param round 0, or how often the case was reopened
 * @param tier the tier reached, 2–4
 * @param summary its one-line summary
 * @param concerned the people concerned at that tier (handlers, supervisors up the
 * organisation): user account ids
 */
public record CaseEscalated(String number, int round, int tier, String summary, Set<Long> concerned) {

}
