package org.utilityportal.shared.time;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.context.SmartLifecycle;

/**
 * Work this instance repeats for itself every few seconds on a thread of its own, from
 * the start of the application to its end: a heartbeat, a health check. Not for jobs that
 * must run once across instances (those are {@code @Scheduled} with
 * {@code @SchedulerLock}), and it runs also when scheduled jobs are switched off.
 */
public abstract class RepeatingTask implements SmartLifecycle {

	private final String name;

	private final Duration interval;

	private final Duration firstDelay;

	private volatile ScheduledExecutorService executor;

	protected RepeatingTask(String name, Duration firstDelay, Duration interval) {
		this.name = name;
		this.firstDelay = firstDelay;
		this.interval = interval;
	}

	/** One turn; a failure must be handled inside (the next turn comes anyway). */
	protected abstract void repeat();

	@Override
	public void start() {
		ScheduledExecutorService started = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name(this.name).factory());
		started.scheduleWithFixedDelay(this::repeat, this.firstDelay.toMillis(), this.interval.toMillis(),
				TimeUnit.MILLISECONDS);
		this.executor = started;
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = this.executor;
		this.executor = null;
		if (running != null) {
			running.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}
