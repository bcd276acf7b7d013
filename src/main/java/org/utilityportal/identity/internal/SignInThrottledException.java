package org.utilityportal.identity.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in try refused by {@link SignInThrottle}: the password was not checked. */
public class SignInThrottledException extends AuthenticationException {

	private final transient Duration retryAfter;

	SignInThrottledException(Duration retryAfter) {
		super("Too many sign-in tries; wait " + retryAfter.toSeconds() + " s");
		this.retryAfter = retryAfter;
	}

	/** How long until a try would be admitted, in whole seconds. */
	public Duration retryAfter() {
		return this.retryAfter;
	}

}
