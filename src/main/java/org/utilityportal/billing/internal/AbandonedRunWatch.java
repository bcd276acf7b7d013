package org.utilityportal.billing.internal;

import lombok.RequiredArgsConstructor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.utilityportal.billing.BillingRuns;

/**
 * Finishes billing runs whose instance died: every 30 seconds one instance looks for runs
 * still marked started whose heartbeat is older than the timeout and carries them on from
 * their last committed chunk. {@code portal.billing.takeover=false} leaves that to an
 * administrator (the run's page offers the restart once the heartbeat has stopped).
 */
@Component
@RequiredArgsConstructor
@ConditionalOnBooleanProperty(name = "portal.billing.takeover", matchIfMissing = true)
class AbandonedRunWatch {

	private final BillingRuns runs;

	@Scheduled(fixedDelayString = "${portal.billing.takeover-interval:30s}", initialDelayString = "20s")
	@SchedulerLock(name = "billing-run-takeover", lockAtMostFor = "PT5M")
	public void takeOver() {
		this.runs.takeOverAbandoned();
	}

}
