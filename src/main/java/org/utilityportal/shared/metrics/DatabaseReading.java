package org.utilityportal.shared.metrics;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A figure read from the database for a gauge, read again at most once per {@code
 * maxAge} however often it is scraped (two scrapers and two instances would otherwise
 * multiply the queries). While the database cannot be read the gauge shows no value (NaN)
 * rather than a stale one or an error. Gauges must hold it strongly ({@code
 * strongReference(true)}): nothing else refers to it, and Micrometer's default weak
 * reference lets it be collected (the gauge then shows NaN for good).
 *
 * @param <T> what one reading returns
 */
public final class DatabaseReading<T> {

	private static final Logger log = LoggerFactory.getLogger(DatabaseReading.class);

	private final Supplier<T> read;

	private final long maxAgeNanos;

	private T last;

	private long readAt;

	private boolean failed;

	public DatabaseReading(Supplier<T> read, Duration maxAge) {
		this.read = read;
		this.maxAgeNanos = maxAge.toNanos();
	}

	/**
	 * One figure of the current reading.
	 * @param figure picks the figure from a reading
	 * @return the figure, or NaN when the database could not be read
	 */
	public double value(ToDoubleFunction<T> figure) {
		T reading = current();
		return (reading != null) ? figure.applyAsDouble(reading) : Double.NaN;
	}

	private synchronized T current() {
		// The age of a cached figure is measured on the monotonic clock: business time
		// (the
		// injected Clock) may be moved by tests and has nothing to do with it.
		long now = System.nanoTime();
		if (this.last == null && !this.failed || now - this.readAt >= this.maxAgeNanos) {
			this.readAt = now;
			try {
				this.last = this.read.get();
				this.failed = false;
			}
			catch (RuntimeException ex) {
				log.debug("Gauge reading failed: {}", ex.toString());
				this.last = null;
				this.failed = true;
			}
		}
		return this.last;
	}

}
