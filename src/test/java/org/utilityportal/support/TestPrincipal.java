package org.utilityportal.support;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;

/** A signed-in person for calling facades directly in tests. */
public record TestPrincipal(long userId, String username, String displayName, Role role, String work, Long customer,
		boolean mayRevealPersonalData) implements PortalPrincipal {

	/**
	 * The account of a user name as it is stored (demo accounts, or ones a test made).
	 */
	public static TestPrincipal of(JdbcClient jdbc, String username) {
		return jdbc
			.sql("select id, role, display_name, work_number, customer_id, may_reveal_personal_data "
					+ "from user_account where username = ?")
			.param(username)
			.query((row, index) -> new TestPrincipal(row.getLong("id"), username, row.getString("display_name"),
					Role.valueOf(row.getString("role")), row.getString("work_number"),
					(Long) row.getObject("customer_id"), row.getBoolean("may_reveal_personal_data")))
			.single();
	}

	@Override
	public Optional<String> workNumber() {
		return Optional.ofNullable(this.work);
	}

	@Override
	public Optional<Long> customerId() {
		return Optional.ofNullable(this.customer);
	}

}
