package org.utilityportal.billing.internal;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.utilityportal.shared.time.RepeatingTask;

/**
 * The billing runs working in this instance, and their heartbeat: every few seconds this
 * instance tells the others it is still running them. When the instance dies the
 * heartbeat stops and another instance takes the runs over. The heartbeat is this
 * instance's own business, so it is not a cluster-locked scheduled job: it beats on a
 * thread of its own, also when scheduled jobs are switched off.
 */
@Component
public class RunningRuns extends RepeatingTask {

	private static final Logger log = LoggerFactory.getLogger(RunningRuns.class);

	private final Set<Long> ids = ConcurrentHashMap.newKeySet();

	private final RunOwnershipWriter ownership;

	RunningRuns(RunOwnershipWriter ownership, @Value("${portal.billing.heartbeat-interval:5s}") Duration interval) {
		super("billing-heartbeat", interval, interval);
		this.ownership = ownership;
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

	@Override
	protected void repeat() {
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

}
