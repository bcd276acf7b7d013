package org.utilityportal.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per name in the database, so the limit holds across several
 * portal instances. Names that do not exist are counted and locked exactly like real
 * ones, so the answer never tells whether an account exists.
 */
@Component
@RequiredArgsConstructor
public class SignInThrottle {

	private static final int MAX_NAME_LENGTH = 64;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LockoutProperties properties;

	/**
	 * The form in which names are stored and compared: trimmed, lower case, at most 64
	 * characters.
	 */
	static String normalise(String username) {
		String name = (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
		return (name.length() > MAX_NAME_LENGTH) ? name.substring(0, MAX_NAME_LENGTH) : name;
	}

	/** Whether the name is locked now. */
	@Transactional(readOnly = true)
	public boolean isLocked(String username) {
		return this.jdbc.sql("select count(*) from sign_in_lock where username = ? and locked_until > ?")
			.params(normalise(username), now())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Records a failed sign-in.
	 * @return whether this failure locked the name
	 */
	@Transactional
	public boolean recordFailure(String username) {
		String name = normalise(username);
		OffsetDateTime now = now();
		this.jdbc.sql("insert into sign_in_failure (username, failed_at) values (?, ?)").params(name, now).update();
		this.jdbc.sql("delete from sign_in_failure where username = ? and failed_at <= ?")
			.params(name, now.minus(this.properties.window()))
			.update();
		long recent = this.jdbc.sql("select count(*) from sign_in_failure where username = ?")
			.param(name)
			.query(Long.class)
			.single();
		if (recent < this.properties.maxFailures()) {
			return false;
		}
		this.jdbc.sql("""
				insert into sign_in_lock (username, locked_until) values (?, ?)
				on conflict (username) do update set locked_until = excluded.locked_until
				""").params(name, now.plus(this.properties.duration())).update();
		this.jdbc.sql("delete from sign_in_failure where username = ?").param(name).update();
		return true;
	}

	/** Forgets the failures of this name. */
	@Transactional
	public void recordSuccess(String username) {
		this.jdbc.sql("delete from sign_in_failure where username = ?").param(normalise(username)).update();
	}

	/**
	 * Removes failures and locks that no longer count, including those of names never
	 * seen again.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "sign-in-purge", lockAtLeastFor = "PT50M", lockAtMostFor = "PT55M")
	@Transactional
	public void purgeExpired() {
		OffsetDateTime now = now();
		this.jdbc.sql("delete from sign_in_failure where failed_at <= ?")
			.param(now.minus(this.properties.window()))
			.update();
		this.jdbc.sql("delete from sign_in_lock where locked_until <= ?").param(now).update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
	}

}
