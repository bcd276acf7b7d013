package org.utilityportal.casework;

import java.util.Set;

/**
 * A supervisor chased (催办) the people handling an open case.
 *
 * @param number the case number
 * @param version the case's version after the change: with the number it names the
 * change, so a notice about it is written once however often it is delivered
 * @param summary its one-line summary
 * @param chasedBy the supervisor's name
 * @param handlers the people handling it: user account ids
 */
public record CaseChased(String number, long version, String summary, String chasedBy, Set<Long> handlers) {

}
