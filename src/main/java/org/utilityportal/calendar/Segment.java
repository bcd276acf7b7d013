package org.utilityportal.calendar;

import java.time.Duration;
import java.time.Instant;

/**
 * One stretch of a clock's explanation.
 *
 * @param from start
 * @param to end, exclusive
 * @param kind counted, or why not
 * @param occasion the holiday, for {@link SegmentKind#HOLIDAY}; otherwise {@code null}
 */
public record Segment(Instant from, Instant to, SegmentKind kind, Occasion occasion) {

	/** How long it lasts. */
	public Duration length() {
		return Duration.between(this.from, this.to);
	}

	/** Minutes it lasts, rounded down. */
	public long minutes() {
		return length().toMinutes();
	}

}
