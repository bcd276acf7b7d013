package org.utilityportal.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.utilityportal.identity.internal.OrgUnitQueries;
import org.utilityportal.identity.internal.StaffQueries;
import org.utilityportal.shared.security.Role;

/**
 * The organisation hierarchy for other modules: units, their ancestors, and the enabled
 * staff placed in them (for routing cases and escalation notices).
 */
@Service
@RequiredArgsConstructor
public class OrgUnits {

	private final OrgUnitQueries units;

	private final StaffQueries staff;

	/** Every open unit, head office first, then by code (closed units are left out). */
	public List<OrgUnit> all() {
		return this.units.units(true);
	}

	/** Units by id, closed ones too (for the names of units in older records). */
	public Map<Long, OrgUnit> byId() {
		return this.units.units(false).stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
	}

	/**
	 * Who a unit names to answer its cases at escalation tiers 2 to 4: unit id to tier to
	 * user account id; only open units and enabled staff. A unit without a named contact
	 * for a tier leaves it to the supervisors the organisation gives.
	 */
	public Map<Long, Map<Integer, Long>> tierContacts() {
		return this.units.tierContacts();
	}

	/** The unit and every unit above it, nearest first; empty for an unknown unit. */
	public List<OrgUnit> chain(Long orgUnitId) {
		Map<Long, OrgUnit> units = byId();
		List<OrgUnit> chain = new ArrayList<>();
		OrgUnit unit = (orgUnitId != null) ? units.get(orgUnitId) : null;
		while (unit != null && chain.size() < 20) {
			chain.add(unit);
			unit = (unit.parentId() != null) ? units.get(unit.parentId()) : null;
		}
		return chain;
	}

	/**
	 * The open unit whose service areas cover an address: the one with the longest
	 * matching area (a street before its district). An area is a district, optionally
	 * with a street, road or community, as the addresses write it; the city at the start
	 * of the address and all white space are left out when comparing.
	 */
	public Optional<Long> unitServing(String address) {
		if (address == null || address.isBlank()) {
			return Optional.empty();
		}
		String key = compact(address).replaceFirst("^[^市]{1,10}市", "");
		return this.units.openAreas()
			.stream()
			.map((area) -> Map.entry(area.getKey(), compact(area.getValue())))
			.filter((area) -> key.startsWith(area.getValue()))
			.max(Comparator.comparingInt((Map.Entry<Long, String> area) -> area.getValue().length()))
			.map(Map.Entry::getKey);
	}

	private static String compact(String text) {
		return text.replaceAll("[\\s\u3000]+", "");
	}

	/** A member of staff's placement. */
	public Optional<StaffPlacement> staff(long userId) {
		return this.staff.placement(userId);
	}

	/** A member of staff by work number. */
	public Optional<StaffPlacement> staffByWorkNumber(String workNumber) {
		return this.staff.placementByWorkNumber(workNumber.strip());
	}

	/** An enabled member of staff by sign-in name (as stored: lower case). */
	public Optional<StaffPlacement> staffByUsername(String username) {
		return this.staff.placementByUsername(username.strip().toLowerCase(Locale.ROOT));
	}

	/** Enabled staff of these units, by name. */
	public List<StaffPlacement> staffIn(Collection<Long> orgUnitIds) {
		if (orgUnitIds.isEmpty()) {
			return List.of();
		}
		return this.staff.placedIn(orgUnitIds);
	}

	/** Every enabled member of staff with one of these roles, by name. */
	public List<StaffPlacement> staffWithRoles(Collection<Role> roles) {
		return this.staff.placedWithRoles(roles);
	}

	/**
	 * The sign-in account of a customer, if they registered online (to send them
	 * notices).
	 */
	public Optional<Long> loginOfCustomer(long customerId) {
		return this.staff.loginOfCustomer(customerId);
	}

	/**
	 * The sign-in accounts of many customers, for those who registered online, in one
	 * statement: user account id by customer id.
	 */
	public Map<Long, Long> loginsOfCustomers(Collection<Long> customerIds) {
		return this.staff.loginsOfCustomers(customerIds);
	}

}
