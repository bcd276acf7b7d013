package org.utilityportal.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (down, restarting, the pool unable to get a
 * connection in time) from every other failure, by walking an exception's causes.
 */
final class DatabaseFailures {

	private DatabaseFailures() {
	}

	/** Whether the failure means the database could not be reached or went away. */
	static boolean isUnreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
			if (cause instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isClosedByPool(sql))) {
				return true;
			}
		}
		return false;
	}

	/** The innermost message, for the log. */
	static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	/**
	 * The pool's connection was closed under the transaction (the server went away
	 * mid-way), so even the rollback failed. HikariCP says so without an SQL state, only
	 * in words.
	 */
	private static boolean isClosedByPool(SQLException failure) {
		return failure.getSQLState() == null && "Connection is closed".equals(failure.getMessage());
	}

	/**
	 * SQL states of a lost or refused connection: class 08 (connection exception) and
	 * 57P01–57P03 (the server shutting down, crashed, or not accepting connections yet).
	 */
	private static boolean isConnectionState(String state) {
		return state != null
				&& (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
	}

}
