package org.utilityportal.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.identity.ManagerGrade;
import org.utilityportal.identity.StaffMember;
import org.utilityportal.identity.StaffPlacement;
import org.utilityportal.shared.security.Role;

/**
 * Reads members of staff (never customers): as {@link StaffMember}s for names and grades,
 * as {@link StaffPlacement}s for their role and unit; and customers' sign-in accounts.
 */
@Component
@RequiredArgsConstructor
public class StaffQueries {

	private static final String SELECT = "select id, display_name, work_number, manager_grade from user_account ";

	private static final String PLACED = "select id, username, display_name, work_number, role, org_unit_id "
			+ "from user_account where role <> 'CUSTOMER' and enabled ";

	private final JdbcClient jdbc;

	/** Enabled staff with a manager grade, most senior first, then by name. */
	public List<StaffMember> accountManagers() {
		return this.jdbc.sql(SELECT + "where manager_grade is not null and enabled and role <> 'CUSTOMER' "
				+ "order by array_position(array['SENIOR','LEVEL_1','LEVEL_2','TRAINEE']::varchar[], manager_grade), "
				+ "display_name")
			.query(StaffQueries::map)
			.list();
	}

	/** The staff with these ids; unknown ids and customers are left out. */
	public List<StaffMember> byIds(Collection<Long> ids) {
		return this.jdbc.sql(SELECT + "where id in (:ids) and role <> 'CUSTOMER'")
			.param("ids", ids)
			.query(StaffQueries::map)
			.list();
	}

	/** The id of a member of staff by sign-in name as stored (lower case, trimmed). */
	public Optional<Long> idOfUsername(String username) {
		return this.jdbc.sql("select id from user_account where username = ? and role <> 'CUSTOMER'")
			.param(username)
			.query(Long.class)
			.optional();
	}

	/** An enabled member of staff by id. */
	public Optional<StaffPlacement> placement(long userId) {
		return this.jdbc.sql(PLACED + "and id = ?").param(userId).query(StaffQueries::placement).optional();
	}

	/** An enabled member of staff by work number (as stored). */
	public Optional<StaffPlacement> placementByWorkNumber(String workNumber) {
		return this.jdbc.sql(PLACED + "and work_number = ?")
			.param(workNumber)
			.query(StaffQueries::placement)
			.optional();
	}

	/** An enabled member of staff by sign-in name (as stored: lower case). */
	public Optional<StaffPlacement> placementByUsername(String username) {
		return this.jdbc.sql(PLACED + "and username = ?").param(username).query(StaffQueries::placement).optional();
	}

	/** Enabled staff of these units (not empty), by name. */
	public List<StaffPlacement> placedIn(Collection<Long> orgUnitIds) {
		return this.jdbc.sql(PLACED + "and org_unit_id in (:units) order by display_name")
			.param("units", orgUnitIds)
			.query(StaffQueries::placement)
			.list();
	}

	/** Every enabled member of staff with one of these roles, by name. */
	public List<StaffPlacement> placedWithRoles(Collection<Role> roles) {
		return this.jdbc.sql(PLACED + "and role in (:roles) order by display_name")
			.param("roles", roles.stream().map(Role::name).toList())
			.query(StaffQueries::placement)
			.list();
	}

	/** The enabled sign-in account of a customer, if they registered online. */
	public Optional<Long> loginOfCustomer(long customerId) {
		return this.jdbc.sql("select id from user_account where customer_id = ? and enabled")
			.param(customerId)
			.query(Long.class)
			.optional();
	}

	/** The enabled sign-in accounts of many customers: user account id by customer id. */
	public Map<Long, Long> loginsOfCustomers(Collection<Long> customerIds) {
		Map<Long, Long> logins = new HashMap<>();
		this.jdbc.sql("select customer_id, id from user_account where customer_id = any(?) and enabled")
			.param(customerIds.toArray(Long[]::new))
			.query((row) -> {
				logins.put(row.getLong(1), row.getLong(2));
			});
		return logins;
	}

	private static StaffPlacement placement(ResultSet row, int index) throws SQLException {
		return new StaffPlacement(row.getLong("id"), row.getString("username"), row.getString("display_name"),
				row.getString("work_number"), Role.valueOf(row.getString("role")),
				(Long) row.getObject("org_unit_id", Long.class));
	}

	private static StaffMember map(ResultSet row, int index) throws SQLException {
		String grade = row.getString("manager_grade");
		return new StaffMember(row.getLong("id"), row.getString("display_name"), row.getString("work_number"),
				(grade != null) ? ManagerGrade.valueOf(grade) : null);
	}

}
