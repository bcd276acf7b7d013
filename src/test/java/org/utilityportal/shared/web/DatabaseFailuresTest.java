package org.utilityportal.shared.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean the database is unreachable (503), as seen when it was restarted
 * under load.
 */
class DatabaseFailuresTest {

	@Test
	void aPoolThatCannotGetAConnectionIsUnreachable() {
		assertThat(DatabaseFailures.isUnreachable(new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))
			.isTrue();
	}

	@Test
	void aServerShuttingDownIsUnreachable() {
		assertThat(DatabaseFailures.isUnreachable(new RuntimeException(
				new SQLException("FATAL: terminating connection due to administrator command", "57P01"))))
			.isTrue();
	}

	@Test
	void aRollbackOnAConnectionClosedUnderItIsUnreachable() {
		// What a transaction answered while PostgreSQL restarted: the original failure
		// lost, the
		// rollback failing on the pool's closed connection.
		assertThat(DatabaseFailures
			.isUnreachable(new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
					new SQLException("Connection is closed")))))
			.isTrue();
	}

	@Test
	void aRefusedRowOrAProgrammingErrorIsNot() {
		assertThat(DatabaseFailures.isUnreachable(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseFailures.isUnreachable(new IllegalStateException("bug"))).isFalse();
	}

}
