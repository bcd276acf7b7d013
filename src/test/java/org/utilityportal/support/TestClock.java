package org.utilityportal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in integration tests: real time plus an offset that a test may
 * move forward, and must {@link #reset()} afterwards.
 */
public final class TestClock extends Clock {

	private final ZoneId zone;

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	public TestClock(ZoneId zone) {
		this.zone = zone;
	}

	/** Moves time forward for the whole application. */
	public void advance(Duration duration) {
		this.offset.accumulateAndGet(duration, Duration::plus);
	}

	/** Back to real time. */
	public void reset() {
		this.offset.set(Duration.ZERO);
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
