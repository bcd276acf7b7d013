package org.utilityportal.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
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

	private final SignInFailureWriter failures;

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
		return this.failures.isLocked(normalise(username), now());
	}

	/**
	 * Records a failed sign-in.
	 * @return whether this failure locked the name
	 */
	@Transactional
	public boolean recordFailure(String username) {
		String name = normalise(username);
		OffsetDateTime now = now();
		if (this.failures.addFailure(name, now, this.properties.window()) < this.properties.maxFailures()) {
			return false;
		}
		this.failures.lock(name, now.plus(this.properties.duration()));
		return true;
	}

	/** Forgets the failures of this name. */
	@Transactional
	public void recordSuccess(String username) {
		this.failures.forget(normalise(username));
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
		this.failures.purge(now.minus(this.properties.window()), now);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(this.clock), ZoneOffset.UTC);
	}

}
