package org.utilityportal.casework;

import java.time.Instant;
import java.util.Set;

/**
 * A deadline of a case passed without escalating it (a late first reply or resolution
 * above tier 1, a late return visit, the top tier's reminder period): the people
 * concerned are reminded. Once per case, round, clock and deadline.
 *
 * @param number the case number
 * @param round 0, or how often the case was reopened
 * @param clock which clock
 * @param due the deadline that passed
 * @param summary its one-line summary
 * @param concerned the people concerned at the case's tier (2 at least): user account ids
 */
public record CaseDeadlineMissed(String number, int round, ClockKind clock, Instant due, String summary,
		Set<Long> concerned) {

}
