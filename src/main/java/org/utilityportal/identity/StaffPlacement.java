package org.utilityportal.identity;

import org.utilityportal.shared.security.Role;

/**
 * Where a member of staff works, for routing work and notifications.
 *
 * @param id user account id
 * @param username sign-in name
 * @param name display name
 * @param workNumber work number (工号)
 * @param role COUNTER, SUPERVISOR or ADMIN
 * @param orgUnitId their organisation unit, {@code null} when none
 */
public record StaffPlacement(long id, String username, String name, String workNumber, Role role, Long orgUnitId) {

}
