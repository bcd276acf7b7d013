package org.utilityportal.identity;

import java.time.Instant;
import java.util.List;

import org.utilityportal.shared.security.Role;

/**
 * A member of staff as the administrators' pages and the API show them.
 *
 * @param id user account id
 * @param username sign-in name
 * @param displayName name
 * @param workNumber work number (工号)
 * @param role COUNTER, SUPERVISOR or ADMIN
 * @param orgUnitId their unit, {@code null} for none
 * @param managerGrade manager grade, {@code null} when not a manager
 * @param mayRevealPersonalData whether they may reveal masked personal data
 * @param enabled whether they may sign in
 * @param mustChangePassword whether they still hold a temporary password
 * @param version the version an edit must be made from
 * @param changes every recorded change, newest first (empty in lists)
 */
public record StaffView(long id, String username, String displayName, String workNumber, Role role, Long orgUnitId,
		ManagerGrade managerGrade, boolean mayRevealPersonalData, boolean enabled, boolean mustChangePassword,
		long version, List<Change> changes) {

	/**
	 * One recorded change.
	 *
	 * @param at when
	 * @param by the administrator's sign-in name
	 * @param field what changed (a message key suffix: {@code staff.field.<field>})
	 * @param oldValue before, {@code null} when none
	 * @param newValue after
	 */
	public record Change(Instant at, String by, String field, String oldValue, String newValue) {
	}

}
