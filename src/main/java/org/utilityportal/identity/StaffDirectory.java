package org.utilityportal.identity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Looks up members of staff for other modules: names, work numbers, manager grades. */
@Service
@RequiredArgsConstructor
public class StaffDirectory {

	private static final String SELECT = "select id, display_name, work_number, manager_grade from user_account ";

	private final JdbcClient jdbc;

	/** Enabled staff with a manager grade, most senior first, then by name. */
	public List<StaffMember> accountManagers() {
		return this.jdbc.sql(SELECT + "where manager_grade is not null and enabled and role <> 'CUSTOMER' "
				+ "order by array_position(array['SENIOR','LEVEL_1','LEVEL_2','TRAINEE']::varchar[], manager_grade), "
				+ "display_name")
			.query(StaffDirectory::map)
			.list();
	}

	/** The staff with these ids, in one query; unknown ids and customers are left out. */
	public Map<Long, StaffMember> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(SELECT + "where id in (:ids) and role <> 'CUSTOMER'")
			.param("ids", ids)
			.query(StaffDirectory::map)
			.stream()
			.collect(Collectors.toMap(StaffMember::id, Function.identity()));
	}

	/** The user account id of a member of staff by sign-in name (case-insensitive). */
	public Optional<Long> idOfUsername(String username) {
		return this.jdbc.sql("select id from user_account where username = ? and role <> 'CUSTOMER'")
			.param(username.trim().toLowerCase(Locale.ROOT))
			.query(Long.class)
			.optional();
	}

	private static StaffMember map(java.sql.ResultSet row, int index) throws java.sql.SQLException {
		String grade = row.getString("manager_grade");
		return new StaffMember(row.getLong("id"), row.getString("display_name"), row.getString("work_number"),
				(grade != null) ? ManagerGrade.valueOf(grade) : null);
	}

}
