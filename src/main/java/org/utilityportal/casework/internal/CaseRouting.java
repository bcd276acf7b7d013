package org.utilityportal.casework.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.identity.StaffPlacement;
import org.utilityportal.shared.security.Role;

/**
 * Who is concerned at each tier: tier 1 the responsible person (or the responsible team)
 * and the owner; at tiers 2 to 4 the person the responsible team, or the nearest unit
 * above it, names to answer that tier (organisation units, {@code /admin/org-units});
 * where no unit names one, tier 2 the supervisors of the responsible team or of the
 * nearest unit above it that has supervisors, tier 3 the supervisors of the
 * customer-service centre above it, tier 4 the supervisors and administrators of the head
 * office. The people of the lower tiers stay concerned. The organisation is read in three
 * statements ({@link #organisation()}); the escalation scan reads it once per run and
 * routes every case of the run with it.
 */
@Component
@RequiredArgsConstructor
public class CaseRouting {

	private final OrgUnits orgUnits;

	/**
	 * The organisation as it is now: units and their enabled staff.
	 *
	 * @param units every unit by id
	 * @param staff enabled staff by unit id
	 * @param contacts the named contacts by unit id and tier
	 * @param above the people concerned above tier 1 by team and tier, worked out once
	 * per organisation read (a scan routes thousands of cases of a few dozen teams)
	 */
	public record Organisation(Map<Long, OrgUnit> units, Map<Long, List<StaffPlacement>> staff,
			Map<Long, Map<Integer, Long>> contacts, Map<Long, Set<Long>> above) {

		/** The contact named for a tier by the unit or the nearest unit above it. */
		Optional<Long> contact(long unitId, int tier) {
			return chain(unitId).stream()
				.map((unit) -> this.contacts.getOrDefault(unit.id(), Map.of()).get(tier))
				.filter(Objects::nonNull)
				.findFirst();
		}

		List<OrgUnit> chain(long unitId) {
			List<OrgUnit> chain = new ArrayList<>();
			OrgUnit unit = this.units.get(unitId);
			while (unit != null && chain.size() < 20) {
				chain.add(unit);
				unit = (unit.parentId() != null) ? this.units.get(unit.parentId()) : null;
			}
			return chain;
		}

		List<Long> withRole(long unitId, Role role) {
			return this.staff.getOrDefault(unitId, List.of())
				.stream()
				.filter((member) -> member.role() == role)
				.map(StaffPlacement::id)
				.toList();
		}

	}

	/** Reads the organisation. */
	public Organisation organisation() {
		Map<Long, OrgUnit> units = this.orgUnits.all()
			.stream()
			.collect(Collectors.toMap(OrgUnit::id, Function.identity()));
		Map<Long, List<StaffPlacement>> staff = this.orgUnits
			.staffWithRoles(List.of(Role.COUNTER, Role.SUPERVISOR, Role.ADMIN))
			.stream()
			.filter((member) -> member.orgUnitId() != null)
			.collect(Collectors.groupingBy(StaffPlacement::orgUnitId));
		return new Organisation(units, staff, this.orgUnits.tierContacts(), new ConcurrentHashMap<>());
	}

	/**
	 * The people to notify about a case at a tier (the tier-1 people always included).
	 */
	public Set<Long> recipients(ServiceCase c, int tier) {
		return recipients(c, tier, organisation());
	}

	/** The people to notify about a case at a tier, in an organisation already read. */
	public Set<Long> recipients(ServiceCase c, int tier, Organisation organisation) {
		Set<Long> ids = new LinkedHashSet<>(handlers(c, organisation));
		long unitId = c.getResponsibleUnitId();
		ids.addAll(organisation.above().computeIfAbsent(unitId * 8 + tier, (key) -> above(unitId, tier, organisation)));
		return ids;
	}

	/** The people concerned about a team's case at tiers 2 to {@code tier}. */
	private Set<Long> above(long unitId, int tier, Organisation organisation) {
		Set<Long> ids = new LinkedHashSet<>();
		for (int level = 2; level <= tier; level++) {
			Optional<Long> named = organisation.contact(unitId, level);
			if (named.isPresent()) {
				ids.add(named.get());
			}
			else {
				ids.addAll(byOrganisation(unitId, level, organisation));
			}
		}
		return Collections.unmodifiableSet(ids);
	}

	/** The supervisors the organisation gives at a tier when no unit names a contact. */
	private Set<Long> byOrganisation(long unitId, int tier, Organisation organisation) {
		List<OrgUnit> chain = organisation.chain(unitId);
		Set<Long> ids = new LinkedHashSet<>();
		switch (tier) {
			case 2 -> ids.addAll(leadsOf(unitId, organisation));
			case 3 -> chain.stream()
				.filter((unit) -> "SERVICE_CENTRE".equals(unit.kind()))
				.findFirst()
				.ifPresent((unit) -> ids.addAll(organisation.withRole(unit.id(), Role.SUPERVISOR)));
			default -> chain.stream().filter((unit) -> "HEAD_OFFICE".equals(unit.kind())).forEach((unit) -> {
				ids.addAll(organisation.withRole(unit.id(), Role.SUPERVISOR));
				ids.addAll(organisation.withRole(unit.id(), Role.ADMIN));
			});
		}
		return ids;
	}

	/**
	 * A team's leads: the supervisors of the team, or of the nearest unit above it that
	 * has supervisors.
	 */
	public Set<Long> leadsOf(long unitId, Organisation organisation) {
		for (OrgUnit unit : organisation.chain(unitId)) {
			List<Long> supervisors = organisation.withRole(unit.id(), Role.SUPERVISOR);
			if (!supervisors.isEmpty()) {
				return new LinkedHashSet<>(supervisors);
			}
		}
		return Set.of();
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

	/** The handlers, in an organisation already read. */
	public Set<Long> handlers(ServiceCase c, Organisation organisation) {
		Set<Long> ids = new LinkedHashSet<>();
		if (c.getResponsibleId() != null) {
			ids.add(c.getResponsibleId());
		}
		else {
			ids.addAll(organisation.withRole(c.getResponsibleUnitId(), Role.COUNTER));
		}
		if (c.getOwnerId() != null) {
			ids.add(c.getOwnerId());
		}
		return ids;
	}

}
