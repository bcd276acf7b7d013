package org.utilityportal.billing.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import lombok.RequiredArgsConstructor;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.billing.BillingRunEnded;

/**
 * Keeps the billing run's own record in step with its job: started, completed or failed.
 */
@Component("billingRunListener")
@RequiredArgsConstructor
class BillingRunListener implements JobExecutionListener {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	@Override
	public void beforeJob(JobExecution execution) {
		this.jdbc
			.sql("update billing_run set status = 'STARTED', finished_at = null, job_execution_id = ? where id = ?")
			.params(execution.getId(), runId(execution))
			.update();
	}

	@Override
	public void afterJob(JobExecution execution) {
		String status = (execution.getStatus() == BatchStatus.COMPLETED) ? "COMPLETED" : "FAILED";
		try {
			this.jdbc.sql("update billing_run set status = ?, finished_at = ? where id = ?")
				.params(status, OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), runId(execution))
				.update();
		}
		finally {
			this.events.publishEvent(new BillingRunEnded(runId(execution)));
		}
	}

	private static long runId(JobExecution execution) {
		return execution.getJobParameters().getLong("runId");
	}

}
