package org.utilityportal.casework;

import java.util.Set;

/**
 * Staff gave an open case a new severity and impact, and so new limits.
 *
 * @param number the case number
 * @param summary its one-line summary
 * @param change the change, e.g. {@code 1×1=1 C → 3×3=9 A}
 * @param handlers the people handling it: user account ids
 */
public record CaseRegraded(String number, String summary, String change, Set<Long> handlers) {

}
