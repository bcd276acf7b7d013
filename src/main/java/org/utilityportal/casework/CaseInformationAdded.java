package org.utilityportal.casework;

import java.util.Set;

/**
 * The customer added information to their case (a case waiting for them resumed).
 *
 * @param number the case number
 * @param version the case's version after the change: with the number it names the
 * change, so a notice about it is written once however often it is delivered
 * @param summary its one-line summary
 * @param handlers the people handling it: user account ids
 */
public record CaseInformationAdded(String number, long version, String summary, Set<Long> handlers) {

}
