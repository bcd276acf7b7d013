package org.utilityportal.calendar;

import java.time.Instant;

/**
 * A span of time, {@code [from, to)}; {@code to} is {@code null} while it lasts (an open
 * pause).
 *
 * @param from start
 * @param to end, exclusive, or {@code null} for "until further notice"
 */
public record Interval(Instant from, Instant to) {

	/** Whether the interval has not ended. */
	public boolean isOpen() {
		return this.to == null;
	}

}
