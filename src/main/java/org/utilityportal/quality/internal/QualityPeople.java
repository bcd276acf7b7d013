package org.utilityportal.quality.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.identity.StaffDirectory;
import org.utilityportal.identity.StaffMember;
import org.utilityportal.identity.StaffPlacement;
import org.utilityportal.shared.security.Role;

/**
 * The people and units of quality work, read through identity: names for pages, a unit's
 * leads (the supervisors of the unit or of the nearest unit above it that has some) and
 * its customer-service centre's supervisors.
 */
@Component
@RequiredArgsConstructor
public class QualityPeople {

	private final OrgUnits orgUnits;

	private final StaffDirectory staff;

	/** Names and work numbers of people, by id. */
	public Map<Long, StaffMember> names(Collection<Long> ids) {
		return this.staff.byIds(List.copyOf(new LinkedHashSet<>(ids)));
	}

	/** "Name (work number)", or the id when unknown. */
	public static String label(Map<Long, StaffMember> names, long id) {
		StaffMember member = names.get(id);
		return (member != null) ? member.name() + " (" + member.workNumber() + ")" : String.valueOf(id);
	}

	/** Units by id. */
	public Map<Long, OrgUnit> units() {
		return this.orgUnits.byId();
	}

	/** A member of staff's placement (unit and role), if enabled. */
	public java.util.Optional<StaffPlacement> placement(long userId) {
		return this.orgUnits.staff(userId);
	}

	/** The counter staff of a unit. */
	public List<StaffPlacement> counterStaffOf(long unitId) {
		return this.orgUnits.staffIn(List.of(unitId)).stream().filter((p) -> p.role() == Role.COUNTER).toList();
	}

	/** Every member of staff who can be inspected or own an action, by name. */
	public List<StaffPlacement> everyone() {
		return this.orgUnits.staffWithRoles(List.of(Role.COUNTER, Role.SUPERVISOR));
	}

	/** The supervisors nearest above (or in) a unit. */
	public Set<Long> leadsOf(long unitId) {
		List<OrgUnit> chain = this.orgUnits.chain(unitId);
		List<StaffPlacement> staffOfChain = this.orgUnits.staffIn(chain.stream().map(OrgUnit::id).toList());
		for (OrgUnit unit : chain) {
			Set<Long> supervisors = ids(staffOfChain, unit.id());
			if (!supervisors.isEmpty()) {
				return supervisors;
			}
		}
		return Set.of();
	}

	/** The supervisors of the customer-service centre above a unit (and the leads). */
	public Set<Long> centreOf(long unitId) {
		Set<Long> ids = new LinkedHashSet<>(leadsOf(unitId));
		List<OrgUnit> chain = this.orgUnits.chain(unitId);
		chain.stream()
			.filter((unit) -> "SERVICE_CENTRE".equals(unit.kind()))
			.findFirst()
			.ifPresent((centre) -> ids.addAll(ids(this.orgUnits.staffIn(List.of(centre.id())), centre.id())));
		return ids;
	}

	private static Set<Long> ids(List<StaffPlacement> staff, long unitId) {
		Set<Long> ids = new LinkedHashSet<>();
		staff.stream()
			.filter((p) -> p.role() == Role.SUPERVISOR && p.orgUnitId() != null && p.orgUnitId() == unitId)
			.forEach((p) -> ids.add(p.id()));
		return ids;
	}

}
