package org.utilityportal.identity;

import java.time.Duration;

/**
 * Whether a try was let through a rate limit, and if not, how long until the next one
 * would be.
 *
 * @param allowed whether the try was counted and may go ahead
 * @param retryAfter zero when allowed; otherwise the wait, rounded up to whole seconds
 */
public record RateDecision(boolean allowed, Duration retryAfter) {

	/** A try let through. */
	public static final RateDecision ALLOWED = new RateDecision(true, Duration.ZERO);

	/** A try refused for this long. */
	public static RateDecision refused(Duration retryAfter) {
		long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		return new RateDecision(false, Duration.ofSeconds(seconds));
	}

}
