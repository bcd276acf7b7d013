package org.utilityportal.casework;

import java.util.Set;

/**
 * Staff gave an open case a new severity and impact, and so new limits.
 *
 * @param number the case number
 * @param version the case's version after the change: with the number it names the
 * change, so a notice about it is written once however often it is delivered
 * @param summary its one-line summary
 * @param change the change, e.g. {@code 1×1=1 C → 3×3=9 A}
 * @param handlers the people handling it: user account ids
 */
public record CaseRegraded(String number, long version, String summary, String change, Set<Long> handlers) {

}
