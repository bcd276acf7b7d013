package org.utilityportal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in integration tests: real time plus an offset that a test may
 * move forward, and must {@link #reset()} afterwards.
 * <p>
 * {@code -Dtest.clock.start=2026-12-05T02:00:00Z} (an ISO-8601 instant) starts the clock
 * there instead of now, and {@link #reset()} goes back to it: to run the tests as if on
 * another day (a Saturday, a Friday evening, the eve of a holiday) and find a test that
 * passes only on some days.
 */
public final class TestClock extends Clock {

	private final ZoneId zone;

	private final Duration start;

	private final AtomicReference<Duration> offset;

	public TestClock(ZoneId zone) {
		this.zone = zone;
		String startAt = System.getProperty("test.clock.start", "");
		this.start = startAt.isEmpty() ? Duration.ZERO : Duration.between(Instant.now(), Instant.parse(startAt));
		this.offset = new AtomicReference<>(this.start);
	}

	/** Moves time forward for the whole application. */
	public void advance(Duration duration) {
		this.offset.accumulateAndGet(duration, Duration::plus);
	}

	/** Back to real time (or to {@code test.clock.start}'s time). */
	public void reset() {
		this.offset.set(this.start);
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The test clock has one zone");
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset.get());
	}

}
