package org.utilityportal.casework.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.shared.security.Role;

/**
 * Who a case may be handed to (issue 13): an enabled clerk or supervisor who works in the
 * chosen unit or in a unit below it; never a customer, an administrator, someone disabled
 * or someone of another unit.
 */
@Component
@RequiredArgsConstructor
public class Assignees {

	private final OrgUnits orgUnits;

	/** Whether the person may handle cases of the unit. */
	public boolean isStaffOf(long unitId, long personId) {
		return this.orgUnits.staff(personId)
			.filter((person) -> person.role() == Role.COUNTER || person.role() == Role.SUPERVISOR)
			.filter((person) -> this.orgUnits.chain(person.orgUnitId())
				.stream()
				.map(OrgUnit::id)
				.anyMatch((id) -> id == unitId))
			.isPresent();
	}

}
