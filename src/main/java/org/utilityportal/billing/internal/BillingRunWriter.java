package org.utilityportal.billing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.shared.time.InstanceName;

/**
 * The billing runs' own records, kept in step with their Spring Batch jobs: a run is
 * written when it starts (a unique key allows one going run per month) and follows its
 * job (started, completed, failed). Not an aggregate: the job repository holds the run's
 * state and these rows mirror it for the pages and the other instances (see
 * {@link RunOwnershipWriter} for who runs it).
 */
@Component
@RequiredArgsConstructor
public class BillingRunWriter {

	private final JdbcClient jdbc;

	/**
	 * Writes a run started now on this instance.
	 * @return its id
	 * @throws org.springframework.dao.DuplicateKeyException when a run for the month is
	 * going
	 */
	public long start(LocalDate month, String by, Instant at) {
		return this.jdbc.sql("""
				insert into billing_run (billing_month, status, started_by, started_at, instance, heartbeat_at)
				values (?, 'STARTED', ?, ?, ?, now()) returning id
				""")
			.params(month, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), InstanceName.get())
			.query(Long.class)
			.single();
	}

	/** The run's job started (again). */
	public void jobStarted(long runId, long jobExecutionId) {
		this.jdbc
			.sql("update billing_run set status = 'STARTED', finished_at = null, job_execution_id = ? where id = ?")
			.params(jobExecutionId, runId)
			.update();
	}

	/** The run's job ended. */
	public void jobEnded(long runId, boolean completed, Instant at) {
		this.jdbc.sql("update billing_run set status = ?, finished_at = ? where id = ?")
			.params(completed ? "COMPLETED" : "FAILED", OffsetDateTime.ofInstant(at, ZoneOffset.UTC), runId)
			.update();
	}

	/** The run could not be launched. */
	public void failed(long runId) {
		this.jdbc.sql("update billing_run set status = 'FAILED' where id = ?").param(runId).update();
	}

	/** The run could not be restarted: failed, unless it ended meanwhile. */
	public void restartFailed(long runId) {
		this.jdbc.sql("update billing_run set status = 'FAILED' where id = ? and status = 'STARTED'")
			.param(runId)
			.update();
	}

}
