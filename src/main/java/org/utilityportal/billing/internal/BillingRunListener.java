package org.utilityportal.billing.internal;

import java.time.Clock;

import lombok.RequiredArgsConstructor;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.utilityportal.billing.BillingRunEnded;

/**
 * Keeps the billing run's own record in step with its job: started, completed or failed.
 */
@Component("billingRunListener")
@RequiredArgsConstructor
class BillingRunListener implements JobExecutionListener {

	private final BillingRunWriter runs;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	@Override
	public void beforeJob(JobExecution execution) {
		this.runs.jobStarted(runId(execution), execution.getId());
	}

	@Override
	public void afterJob(JobExecution execution) {
		try {
			this.runs.jobEnded(runId(execution), execution.getStatus() == BatchStatus.COMPLETED, this.clock.instant());
		}
		finally {
			this.events.publishEvent(new BillingRunEnded(runId(execution)));
		}
	}

	private static long runId(JobExecution execution) {
		return execution.getJobParameters().getLong("runId");
	}

}
