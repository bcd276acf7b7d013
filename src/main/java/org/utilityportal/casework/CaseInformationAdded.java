package org.utilityportal.casework;

import java.util.Set;

/**
 * The customer added information to their case (a case waiting for them resumed).
 *
 * @param number the case number
 * @param summary its one-line summary
 * @param handlers the people handling it: user account ids
 */
public record CaseInformationAdded(String number, String summary, Set<Long> handlers) {

}
