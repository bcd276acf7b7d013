package org.utilityportal.casework.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.identity.StaffPlacement;
import org.utilityportal.shared.security.Role;

/**
 * Who is concerned at each tier: tier 1 the responsible person (or the responsible team)
 * and the owner; tier 2 the supervisors of the responsible team or of the nearest unit
 * above it that has supervisors; tier 3 the supervisors of the customer-service centre
 * above it; tier 4 the supervisors and administrators of the head office.
 */
@Component
@RequiredArgsConstructor
public class CaseRouting {

	private final OrgUnits orgUnits;

	/**
	 * The people to notify about a case at a tier (the tier-1 people always included).
	 */
	public Set<Long> recipients(ServiceCase c, int tier) {
		Set<Long> ids = new LinkedHashSet<>(handlers(c));
		List<OrgUnit> chain = this.orgUnits.chain(c.getResponsibleUnitId());
		if (tier >= 2) {
			for (OrgUnit unit : chain) {
				List<Long> supervisors = supervisorsOf(List.of(unit.id()), Role.SUPERVISOR);
				if (!supervisors.isEmpty()) {
					ids.addAll(supervisors);
					break;
				}
			}
		}
		if (tier >= 3) {
			chain.stream()
				.filter((unit) -> "SERVICE_CENTRE".equals(unit.kind()))
				.findFirst()
				.ifPresent((unit) -> ids.addAll(supervisorsOf(List.of(unit.id()), Role.SUPERVISOR)));
		}
		if (tier >= 4) {
			List<Long> heads = chain.stream()
				.filter((unit) -> "HEAD_OFFICE".equals(unit.kind()))
				.map(OrgUnit::id)
				.toList();
			ids.addAll(supervisorsOf(heads, Role.SUPERVISOR));
			ids.addAll(supervisorsOf(heads, Role.ADMIN));
		}
		return ids;
	}

	/**
	 * The responsible person (or the counter staff of the responsible team) and the
	 * owner.
	 */
	public Set<Long> handlers(ServiceCase c) {
		Set<Long> ids = new LinkedHashSet<>();
		if (c.getResponsibleId() != null) {
			ids.add(c.getResponsibleId());
		}
		else {
			this.orgUnits.staffIn(List.of(c.getResponsibleUnitId()))
				.stream()
				.filter((staff) -> staff.role() == Role.COUNTER)
				.forEach((staff) -> ids.add(staff.id()));
		}
		if (c.getOwnerId() != null) {
			ids.add(c.getOwnerId());
		}
		return ids;
	}

	private List<Long> supervisorsOf(List<Long> units, Role role) {
		List<Long> ids = new ArrayList<>();
		for (StaffPlacement staff : this.orgUnits.staffIn(units)) {
			if (staff.role() == role) {
				ids.add(staff.id());
			}
		}
		return ids;
	}

}
