package org.utilityportal.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.utilityportal.shared.security.Role;

/**
 * The organisation hierarchy for other modules: units, their ancestors, and the enabled
 * staff placed in them (for routing cases and escalation notices).
 */
@Service
@RequiredArgsConstructor
public class OrgUnits {

	private static final String STAFF = "select id, username, display_name, work_number, role, org_unit_id "
			+ "from user_account where role <> 'CUSTOMER' and enabled ";

	private final JdbcClient jdbc;

	/** Every open unit, head office first, then by code (closed units are left out). */
	public List<OrgUnit> all() {
		return units("where closed_on is null ");
	}

	private List<OrgUnit> units(String where) {
		return this.jdbc
			.sql("select id, parent_id, code, kind, name_zh, name_en from org_unit " + where
					+ "order by array_position(array['HEAD_OFFICE','SERVICE_CENTRE','DISTRICT','COUNTER','STATION']"
					+ "::varchar[], kind), code")
			.query((row, index) -> new OrgUnit(row.getLong("id"), (Long) row.getObject("parent_id", Long.class),
					row.getString("code"), row.getString("kind"), row.getString("name_zh"), row.getString("name_en")))
			.list();
	}

	/** Units by id, closed ones too (for the names of units in older records). */
	public Map<Long, OrgUnit> byId() {
		return units("").stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
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
		return this.jdbc.sql("""
				select a.org_unit_id, a.area from org_unit_area a join org_unit u on u.id = a.org_unit_id
				where u.closed_on is null
				""")
			.query((row, index) -> Map.entry(row.getLong(1), compact(row.getString(2))))
			.list()
			.stream()
			.filter((area) -> key.startsWith(area.getValue()))
			.max(java.util.Comparator.comparingInt((Map.Entry<Long, String> area) -> area.getValue().length()))
			.map(Map.Entry::getKey);
	}

	private static String compact(String text) {
		return text.replaceAll("[\\s\u3000]+", "");
	}

	/** A member of staff's placement. */
	public Optional<StaffPlacement> staff(long userId) {
		return this.jdbc.sql(STAFF + "and id = ?").param(userId).query(OrgUnits::placement).optional();
	}

	/** A member of staff by work number. */
	public Optional<StaffPlacement> staffByWorkNumber(String workNumber) {
		return this.jdbc.sql(STAFF + "and work_number = ?")
			.param(workNumber.strip())
			.query(OrgUnits::placement)
			.optional();
	}

	/** An enabled member of staff by sign-in name (as stored: lower case). */
	public Optional<StaffPlacement> staffByUsername(String username) {
		return this.jdbc.sql(STAFF + "and username = ?")
			.param(username.strip().toLowerCase(java.util.Locale.ROOT))
			.query(OrgUnits::placement)
			.optional();
	}

	/** Enabled staff of these units, by name. */
	public List<StaffPlacement> staffIn(Collection<Long> orgUnitIds) {
		if (orgUnitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(STAFF + "and org_unit_id in (:units) order by display_name")
			.param("units", orgUnitIds)
			.query(OrgUnits::placement)
			.list();
	}

	/** Every enabled member of staff with one of these roles, by name. */
	public List<StaffPlacement> staffWithRoles(Collection<Role> roles) {
		return this.jdbc.sql(STAFF + "and role in (:roles) order by display_name")
			.param("roles", roles.stream().map(Role::name).toList())
			.query(OrgUnits::placement)
			.list();
	}

	/**
	 * The sign-in account of a customer, if they registered online (to send them
	 * notices).
	 */
	public Optional<Long> loginOfCustomer(long customerId) {
		return this.jdbc.sql("select id from user_account where customer_id = ? and enabled")
			.param(customerId)
			.query(Long.class)
			.optional();
	}

	/**
	 * The sign-in accounts of many customers, for those who registered online, in one
	 * statement: user account id by customer id.
	 */
	public Map<Long, Long> loginsOfCustomers(Collection<Long> customerIds) {
		Map<Long, Long> logins = new java.util.HashMap<>();
		this.jdbc.sql("select customer_id, id from user_account where customer_id = any(?) and enabled")
			.param(customerIds.toArray(Long[]::new))
			.query((row) -> {
				logins.put(row.getLong(1), row.getLong(2));
			});
		return logins;
	}

	private static StaffPlacement placement(java.sql.ResultSet row, int index) throws java.sql.SQLException {
		return new StaffPlacement(row.getLong("id"), row.getString("username"), row.getString("display_name"),
				row.getString("work_number"), Role.valueOf(row.getString("role")),
				(Long) row.getObject("org_unit_id", Long.class));
	}

}
