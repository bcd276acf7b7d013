package org.utilityportal.billing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.utilityportal.billing.internal.BillingRunQueries;
import org.utilityportal.billing.internal.BillingRunWriter;
import org.utilityportal.billing.internal.RunOwnershipWriter;
import org.utilityportal.billing.internal.RunningRuns;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Starting, following and restarting billing runs. A run bills one month; it can start
 * only after the month has ended, and only one run per month runs at a time. A run that
 * stopped (a crash, a failure) is restarted and carries on with the accounts not billed
 * yet. A run belongs to the instance running it while that instance's heartbeat is fresh
 * ({@link RunOwnershipWriter}); a run whose instance died is taken over by another
 * instance, automatically ({@link #takeOverAbandoned()}) or from the run's page.
 */
@Service
@RequiredArgsConstructor
public class BillingRuns {

	private static final Logger log = LoggerFactory.getLogger(BillingRuns.class);

	private final JobOperator operator;

	private final JobRepository repository;

	private final Job billingJob;

	private final BillingRunWriter writer;

	private final BillingRunQueries queries;

	private final Clock clock;

	private final LateCharges lateCharges;

	private final RunningRuns running;

	private final RunOwnershipWriter ownership;

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
			runId = this.writer.start(first, by, this.clock.instant());
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
		long runId = this.writer.start(first, by, issuedAt);
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

	/**
	 * Carries on with a run that stopped: one that failed, or one whose instance stopped
	 * beating (it died). The run becomes this instance's; of two instances restarting it
	 * at once, one does.
	 * @throws IllegalStateException when it is running (here or on a live instance) or
	 * completed
	 */
	public void restart(long runId) {
		BillingRunView run = run(runId);
		if (!run.canRestart() || this.running.contains(runId)) {
			throw new IllegalStateException("Run " + runId + " cannot be restarted now");
		}
		String from = this.ownership.claim(runId)
			.orElseThrow(() -> new IllegalStateException("Run " + runId + " is running on another instance"));
		if (!from.isEmpty() && "STARTED".equals(run.status())) {
			log.warn("Billing run {} taken over from instance {}, whose heartbeat stopped", runId, from);
		}
		BillingRunQueries.Launch launched = this.queries.launch(runId);
		if (launched.jobExecutionId() == null) {
			// Its instance died before the job was created: start it afresh.
			launch(runId, run.month(), launched.startedAt());
			return;
		}
		JobExecution execution = this.repository.getJobExecution(launched.jobExecutionId());
		try {
			if (execution.getStatus() == BatchStatus.STARTED || execution.getStatus() == BatchStatus.STARTING
					|| execution.getStatus() == BatchStatus.STOPPING) {
				// Left behind by a crash: nothing runs it any more.
				execution = this.operator.recover(execution);
			}
			this.running.add(runId);
			this.operator.restart(execution);
		}
		catch (Exception ex) {
			this.running.remove(runId);
			this.writer.restartFailed(runId);
			throw new IllegalStateException("Run " + runId + " could not be restarted", ex);
		}
	}

	/**
	 * Finishes the runs whose instance died (its heartbeat older than the timeout) on
	 * this instance.
	 * @return how many runs were taken over
	 */
	public int takeOverAbandoned() {
		int taken = 0;
		for (long runId : this.ownership.abandoned()) {
			try {
				restart(runId);
				taken++;
			}
			catch (IllegalStateException ex) {
				// Another instance was quicker, or the run ended meanwhile.
				log.info("Billing run {} not taken over: {}", runId, ex.getMessage());
			}
		}
		return taken;
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
		return this.queries.runs(where, parameter, limit, this.ownership.timeout().toSeconds(), this.running::contains);
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
			this.writer.failed(runId);
			throw new IllegalStateException("The billing run could not start", ex);
		}
	}

	/** Forgets a run as running once its job has ended and its record says how. */
	@EventListener
	void ended(BillingRunEnded event) {
		this.running.remove(event.runId());
	}

}
