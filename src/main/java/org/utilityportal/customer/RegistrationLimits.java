package org.utilityportal.customer;

import java.time.Duration;

import org.utilityportal.identity.RateLimit;

import static org.utilityportal.identity.RateLimit.band;

/**
 * The limits of online registration, counted in the database for every instance together
 * ({@link org.utilityportal.identity.RateLimits}). Codes sent cost a text message each
 * and reach a real person's phone; tries at a code are guesses at six digits. Each is
 * limited per account number, per client address and for everyone together, so neither
 * one address nor many addresses at one account nor many accounts at once get far.
 */
final class RegistrationLimits {

	static final RateLimit CODES_BY_ACCOUNT = RateLimit.of("register-code-account", band(3, Duration.ofHours(1)),
			band(10, Duration.ofDays(1)));

	static final RateLimit CODES_BY_ADDRESS = RateLimit.of("register-code-address", band(5, Duration.ofHours(1)),
			band(20, Duration.ofDays(1)));

	static final RateLimit CODES_ALL = RateLimit.of("register-code-all", band(300, Duration.ofHours(1)));

	static final RateLimit TRIES_BY_ACCOUNT = RateLimit.of("register-try-account", band(10, Duration.ofMinutes(15)),
			band(20, Duration.ofDays(1)));

	static final RateLimit TRIES_BY_ADDRESS = RateLimit.of("register-try-address", band(10, Duration.ofMinutes(15)),
			band(50, Duration.ofDays(1)));

	static final RateLimit TRIES_ALL = RateLimit.of("register-try-all", band(1000, Duration.ofHours(1)));

	/** The key of the limits for everyone together. */
	static final String EVERYONE = "all";

	private RegistrationLimits() {
	}

}
