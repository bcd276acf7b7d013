package org.utilityportal.billing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import lombok.RequiredArgsConstructor;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.utilityportal.billing.internal.BillingJobConfiguration;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Starting, following and restarting billing runs. A run bills one month; it can start
 * only after the month has ended, and only one run per month runs at a time. A run that
 * stopped (a crash, a failure) is restarted and carries on with the accounts not billed
 * yet.
 */
@Service
@RequiredArgsConstructor
public class BillingRuns {

	private final JobOperator operator;

	private final JobRepository repository;

	private final Job billingJob;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LateCharges lateCharges;

	private final Set<Long> running = ConcurrentHashMap.newKeySet();

	/**
	 * Starts a run for a month in the background.
	 * @return the run's id
	 * @throws IllegalArgumentException when the month has not ended yet
	 * @throws IllegalStateException when a run for the month is already going
	 */
	public long start(LocalDate month, String by) {
		LocalDate first = month.withDayOfMonth(1);
		if (first.plusMonths(1).isAfter(LocalDate.now(this.clock))) {
			throw new IllegalArgumentException("The month " + first + " has not ended yet");
		}
		long runId;
		try {
			runId = this.jdbc.sql("""
					insert into billing_run (billing_month, status, started_by, started_at)
					values (?, 'STARTED', ?, ?) returning id
					""")
				.params(first, by, OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new IllegalStateException("A billing run for " + first + " is already going", ex);
		}
		launch(runId, first, this.clock.instant());
		return runId;
	}

	/**
	 * Starts a run and waits for it to end (the demo data and the benchmark use this).
	 */
	public BillingRunView runAndWait(LocalDate month, String by, Instant issuedAt) {
		LocalDate first = month.withDayOfMonth(1);
		long runId = this.jdbc.sql("""
				insert into billing_run (billing_month, status, started_by, started_at)
				values (?, 'STARTED', ?, ?) returning id
				""").params(first, by, OffsetDateTime.ofInstant(issuedAt, ZoneOffset.UTC)).query(Long.class).single();
		JobExecution execution = launch(runId, first, issuedAt);
		while (execution.isRunning() || this.running.contains(runId)) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return run(runId);
	}

	/** Carries on with a run that stopped. */
	public void restart(long runId) {
		BillingRunView run = run(runId);
		if (!run.canRestart()) {
			throw new IllegalStateException("Run " + runId + " cannot be restarted now");
		}
		Long executionId = this.jdbc.sql("select job_execution_id from billing_run where id = ?")
			.param(runId)
			.query(Long.class)
			.single();
		JobExecution execution = this.repository.getJobExecution(executionId);
		try {
			if (execution.getStatus() == BatchStatus.STARTED || execution.getStatus() == BatchStatus.STARTING) {
				// Left behind by a crash: nothing runs it any more.
				execution = this.operator.recover(execution);
			}
			this.running.add(runId);
			this.operator.restart(execution);
		}
		catch (Exception ex) {
			this.running.remove(runId);
			throw new IllegalStateException("Run " + runId + " could not be restarted", ex);
		}
	}

	/** One run with its progress. */
	public BillingRunView run(long runId) {
		return runs("where r.id = ?", runId, 1).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Billing run"));
	}

	/** The newest runs first. */
	public List<BillingRunView> recent(int limit) {
		return runs("", null, limit);
	}

	private List<BillingRunView> runs(String where, Object parameter, int limit) {
		List<Object> parameters = new java.util.ArrayList<>();
		parameters.add(BillingJobConfiguration.RANGE_STEP + ":%");
		if (parameter != null) {
			parameters.add(parameter);
		}
		parameters.add(limit);
		return this.jdbc
			.sql("""
					select r.id, r.billing_month, r.status, r.started_by, r.started_at, r.finished_at,
					       coalesce((select sum(s.read_count) from batch_step_execution s
					                 where s.job_execution_id = r.job_execution_id and s.step_name like ?), 0) as read_count,
					       (select count(*) from bill b where b.run_id = r.id) as bills
					from billing_run r %s
					order by r.id desc limit ?
					"""
				.formatted(where))
			.params(parameters)
			.query((row, index) -> {
				long id = row.getLong("id");
				OffsetDateTime finished = row.getObject("finished_at", OffsetDateTime.class);
				return new BillingRunView(id, row.getObject("billing_month", LocalDate.class), row.getString("status"),
						row.getString("started_by"), row.getObject("started_at", OffsetDateTime.class).toInstant(),
						(finished != null) ? finished.toInstant() : null, row.getLong("read_count"),
						row.getLong("bills"), skipped(id), this.running.contains(id));
			})
			.list();
	}

	private Map<SkipReason, Long> skipped(long runId) {
		Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
		this.jdbc.sql("select reason, count(*) from billing_skip where run_id = ? group by reason")
			.param(runId)
			.query((row, index) -> skipped.put(SkipReason.valueOf(row.getString(1)), row.getLong(2)))
			.list();
		return skipped;
	}

	private JobExecution launch(long runId, LocalDate month, Instant issuedAt) {
		// Bills whose grace ended unpaid by the day of issue are charged on the bills of
		// this run.
		this.lateCharges.registerOverdue(LocalDate.ofInstant(issuedAt, this.clock.getZone()));
		JobParameters parameters = new JobParametersBuilder().addString("month", month.toString())
			.addLong("runId", runId)
			.addString("issuedAt", issuedAt.toString(), false)
			.toJobParameters();
		this.running.add(runId);
		try {
			JobExecution execution = this.operator.start(this.billingJob, parameters);
			return execution;
		}
		catch (Exception ex) {
			this.running.remove(runId);
			this.jdbc.sql("update billing_run set status = 'FAILED' where id = ?").param(runId).update();
			throw new IllegalStateException("The billing run could not start", ex);
		}
	}

	/** Forgets a run as running once its job has ended and its record says how. */
	@EventListener
	void ended(BillingRunEnded event) {
		this.running.remove(event.runId());
	}

}
