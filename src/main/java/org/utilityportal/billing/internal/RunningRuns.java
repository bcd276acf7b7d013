package org.utilityportal.billing.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The billing runs working in this instance, and their heartbeat: every few seconds this
 * instance tells the others it is still running them. When the instance dies the
 * heartbeat stops and another instance takes the runs over. The heartbeat is this
 * instance's own business, so it is not a cluster-locked scheduled job: it beats on a
 * thread of its own, also when scheduled jobs are switched off.
 */
@Component
public class RunningRuns implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(RunningRuns.class);

	private final Set<Long> ids = ConcurrentHashMap.newKeySet();

	private final RunOwnershipWriter ownership;

	private final Duration interval;

	private volatile ScheduledExecutorService beats;

	RunningRuns(RunOwnershipWriter ownership, @Value("${portal.billing.heartbeat-interval:5s}") Duration interval) {
		this.ownership = ownership;
		this.interval = interval;
	}

	public void add(long runId) {
		this.ids.add(runId);
	}

	public void remove(long runId) {
		this.ids.remove(runId);
	}

	public boolean contains(long runId) {
		return this.ids.contains(runId);
	}

	void beat() {
		try {
			this.ownership.beat(Set.copyOf(this.ids));
		}
		catch (RuntimeException ex) {
			// The database may be restarting; the next beat will do. Runs stay ours
			// unless
			// beats stop for longer than the timeout.
			log.warn("Billing run heartbeat failed: {}", ex.toString());
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("billing-heartbeat").factory());
		long millis = this.interval.toMillis();
		executor.scheduleWithFixedDelay(this::beat, millis, millis, TimeUnit.MILLISECONDS);
		this.beats = executor;
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.beats;
		this.beats = null;
		if (executor != null) {
			executor.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.beats != null;
	}

}
