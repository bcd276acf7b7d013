package org.utilityportal.casework;

import java.time.Instant;
import java.util.Set;

/**
 * A case's nearest deadline is close (its warning point, 80% of the limit by default, has
 * passed). Once per deadline.
 *
 * @param number the case number
 * @param due the deadline
 * @param summary its one-line summary
 * @param handlers the people handling it: user account ids
 */
public record CaseDeadlineNear(String number, Instant due, String summary, Set<Long> handlers) {

}
