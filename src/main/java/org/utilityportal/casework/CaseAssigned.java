package org.utilityportal.casework;

import java.util.Set;

/**
 * A case was handed to a team (and perhaps a person).
 *
 * @param number the case number
 * @param summary its one-line summary
 * @param handlers the people now handling it: user account ids
 */
public record CaseAssigned(String number, String summary, Set<Long> handlers) {

}
