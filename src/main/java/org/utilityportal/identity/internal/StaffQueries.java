package org.utilityportal.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.identity.ManagerGrade;
import org.utilityportal.identity.StaffMember;

/** Reads members of staff (never customers) as {@link StaffMember}s. */
@Component
@RequiredArgsConstructor
public class StaffQueries {

	private static final String SELECT = "select id, display_name, work_number, manager_grade from user_account ";

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

	private static StaffMember map(ResultSet row, int index) throws SQLException {
		String grade = row.getString("manager_grade");
		return new StaffMember(row.getLong("id"), row.getString("display_name"), row.getString("work_number"),
				(grade != null) ? ManagerGrade.valueOf(grade) : null);
	}

}
