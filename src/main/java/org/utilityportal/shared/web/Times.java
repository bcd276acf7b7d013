package org.utilityportal.shared.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Formats instants for pages in the business time zone, as {@code @times} in templates:
 * {@code 2026-11-23 14:05}. Dates ({@code LocalDate}) need no zone and use
 * {@code #temporals}.
 */
@Component("times")
public class Times {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Clock clock;

	Times(Clock clock) {
		this.clock = clock;
	}

	/** Date and time to the minute; empty for {@code null}. */
	public String dateTime(Instant instant) {
		return (instant != null) ? MINUTES.format(instant.atZone(this.clock.getZone())) : "";
	}

	/** Date and time to the second; empty for {@code null}. */
	public String precise(Instant instant) {
		return (instant != null) ? SECONDS.format(instant.atZone(this.clock.getZone())) : "";
	}

}
