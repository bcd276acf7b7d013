package org.utilityportal.identity.internal;

import org.utilityportal.identity.ManagerGrade;
import org.utilityportal.shared.security.Role;

/**
 * What an administrator sets on a member of staff.
 *
 * @param displayName the name shown everywhere
 * @param workNumber the work number (工号), unique
 * @param role COUNTER, SUPERVISOR or ADMIN
 * @param orgUnitId their unit, {@code null} for none
 * @param managerGrade key-account manager grade, {@code null} when not a manager
 * @param mayRevealPersonalData the right to reveal masked personal data
 */
public record StaffDetails(String displayName, String workNumber, Role role, Long orgUnitId, ManagerGrade managerGrade,
		boolean mayRevealPersonalData) {

}
