package org.utilityportal.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page and an API call whose database does not answer (nothing listens on the port), so
 * tests see what users get while the database is down: the real driver's failure, as the
 * portal's own pool would report it.
 */
@RestController
class UnreachableDatabaseController {

	private final JdbcTemplate unreachable = new JdbcTemplate(
			new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:9/portal?connectTimeout=1", "portal", "none"));

	@GetMapping({ "/my/test-database-down", "/api/v1/test-database-down" })
	String read() {
		return this.unreachable.queryForObject("select 'never'", String.class);
	}

}
