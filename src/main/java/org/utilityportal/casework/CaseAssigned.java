package org.utilityportal.casework;

import java.util.Set;

/**
 * A case was handed to a team (and perhaps a person).
 *
 * @param number the case number
 * @param version the case's version after the change: with the number it names the
 * change, so a notice about it is written once however often it is delivered
 * @param summary its one-line summary
 * @param handlers the people now handling it: user account ids
 */
public record CaseAssigned(String number, long version, String summary, Set<Long> handlers) {

}
