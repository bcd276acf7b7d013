package org.utilityportal.identity;

import java.time.Duration;
import java.util.List;

/**
 * A rate limit counted by {@link RateLimits}: a name (which, with the key, names the
 * bucket in the database) and bands that all apply at once. Each band allows
 * {@code capacity} tries at once and refills them evenly over {@code period}, so a caller
 * who keeps trying waits longer and longer as the wider bands run out too (five a minute,
 * then twenty an hour, then a hundred a day, for example).
 *
 * @param name unique among limits, at most 40 characters
 * @param bands at least one
 */
public record RateLimit(String name, List<Band> bands) {

	public RateLimit {
		if (name.isBlank() || name.length() > 40 || bands.isEmpty()) {
			throw new IllegalArgumentException("A rate limit needs a name of 1-40 characters and a band");
		}
		bands = List.copyOf(bands);
	}

	/** A limit with these bands. */
	public static RateLimit of(String name, Band... bands) {
		return new RateLimit(name, List.of(bands));
	}

	/** {@code capacity} tries, refilled evenly over {@code period}. */
	public static Band band(long capacity, Duration period) {
		return new Band(capacity, period);
	}

	/**
	 * One band of a limit.
	 *
	 * @param capacity tries allowed at once (at least 1)
	 * @param period time in which all of them are refilled
	 */
	public record Band(long capacity, Duration period) {

		public Band {
			if (capacity < 1 || period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("A band needs a capacity and a period");
			}
		}

	}

}
