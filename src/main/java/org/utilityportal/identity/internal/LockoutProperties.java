package org.utilityportal.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling: after {@code maxFailures} failed sign-ins for one name within
 * {@code window}, that name is locked for {@code duration}.
 *
 * @param maxFailures failures that lock the name (default 5)
 * @param window how far back failures count (default 15 minutes)
 * @param duration how long the lock lasts (default 15 minutes)
 */
@ConfigurationProperties("portal.security.lockout")
record LockoutProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
		@DefaultValue("15m") Duration duration) {

	LockoutProperties {
		if (maxFailures < 1) {
			throw new IllegalArgumentException("portal.security.lockout.max-failures must be at least 1");
		}
	}

}
