package org.utilityportal.casework;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A case's columns as stored, read by its number, for assertions.
 *
 * @param jdbc the test database
 * @param number the case number
 */
record StoredCase(JdbcClient jdbc, String number) {

	long version() {
		return column("version", Long.class);
	}

	String status() {
		return column("status", String.class);
	}

	int tier() {
		return column("tier", Integer.class);
	}

	<T> T column(String column, Class<T> type) {
		return this.jdbc.sql("select " + column + " from service_case where number = ?")
			.param(this.number)
			.query(type)
			.single();
	}

}
