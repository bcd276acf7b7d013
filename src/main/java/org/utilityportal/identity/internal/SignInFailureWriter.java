package org.utilityportal.identity.internal;

import java.time.Duration;
import java.time.OffsetDateTime;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The append-only log of failed sign-ins per name and the locks it leads to; names are
 * given in their stored form ({@link SignInThrottle#normalise}).
 */
@Component
@RequiredArgsConstructor
class SignInFailureWriter {

	private final JdbcClient jdbc;

	/** Whether the name is locked at {@code now}. */
	boolean isLocked(String name, OffsetDateTime now) {
		return this.jdbc.sql("select count(*) from sign_in_lock where username = ? and locked_until > ?")
			.params(name, now)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Adds a failure at {@code now}, forgets the name's failures older than the window.
	 * @return the name's failures within the window, this one included
	 */
	long addFailure(String name, OffsetDateTime now, Duration window) {
		this.jdbc.sql("insert into sign_in_failure (username, failed_at) values (?, ?)").params(name, now).update();
		this.jdbc.sql("delete from sign_in_failure where username = ? and failed_at <= ?")
			.params(name, now.minus(window))
			.update();
		return this.jdbc.sql("select count(*) from sign_in_failure where username = ?")
			.param(name)
			.query(Long.class)
			.single();
	}

	/** Locks the name until {@code until} and forgets its failures. */
	void lock(String name, OffsetDateTime until) {
		this.jdbc.sql("""
				insert into sign_in_lock (username, locked_until) values (?, ?)
				on conflict (username) do update set locked_until = excluded.locked_until
				""").params(name, until).update();
		forget(name);
	}

	/** Forgets the name's failures. */
	void forget(String name) {
		this.jdbc.sql("delete from sign_in_failure where username = ?").param(name).update();
	}

	/**
	 * Removes failures from before {@code failuresBefore} and locks ended at {@code now}.
	 */
	void purge(OffsetDateTime failuresBefore, OffsetDateTime now) {
		this.jdbc.sql("delete from sign_in_failure where failed_at <= ?").param(failuresBefore).update();
		this.jdbc.sql("delete from sign_in_lock where locked_until <= ?").param(now).update();
	}

}
