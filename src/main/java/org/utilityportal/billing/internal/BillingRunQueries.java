package org.utilityportal.billing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.billing.BillingRunView;
import org.utilityportal.billing.SkipReason;

/**
 * The billing runs' records read with their progress (from the job repository's step
 * records, updated at every chunk), one run or the newest, and the progress of those
 * going on now over all instances.
 */
@Component
@RequiredArgsConstructor
public class BillingRunQueries {

	private final JdbcClient jdbc;

	/**
	 * Runs marked started, and the accounts their ranges have read and written (billed or
	 * skipped) so far, from the job repository's step records (updated at every chunk).
	 *
	 * @param runs runs going on
	 * @param accountsRead accounts read by them
	 * @param accountsWritten accounts billed or skipped by them
	 */
	public record Progress(long runs, long accountsRead, long accountsWritten) {

	}

	public Progress progress() {
		return this.jdbc.sql("""
				select count(distinct r.id), coalesce(sum(s.read_count), 0), coalesce(sum(s.write_count), 0)
				from billing_run r
				left join batch_step_execution s on s.job_execution_id = r.job_execution_id and s.step_name like ?
				where r.status = 'STARTED'
				""")
			.param(BillingJobConfiguration.RANGE_STEP + ":%")
			.query((row, index) -> new Progress(row.getLong(1), row.getLong(2), row.getLong(3)))
			.single();
	}

	/**
	 * Runs with their progress, newest first.
	 * @param where {@code ""}, or a condition on the run {@code r} with one parameter
	 * @param parameter the condition's parameter, {@code null} without one
	 * @param heartbeatTimeoutSeconds how old a heartbeat may be for its run to count as
	 * running
	 * @param runningHere whether this instance runs a run now
	 */
	public List<BillingRunView> runs(String where, Object parameter, int limit, long heartbeatTimeoutSeconds,
			LongPredicate runningHere) {
		List<Object> parameters = new ArrayList<>();
		parameters.add(heartbeatTimeoutSeconds);
		parameters.add(BillingJobConfiguration.RANGE_STEP + ":%");
		if (parameter != null) {
			parameters.add(parameter);
		}
		parameters.add(limit);
		return this.jdbc
			.sql("""
					select r.id, r.billing_month, r.status, r.started_by, r.started_at, r.finished_at,
					       r.instance, r.heartbeat_at, r.taken_over_from, r.taken_over_at,
					       (r.status = 'STARTED' and r.heartbeat_at >= now() - ? * interval '1 second') as alive,
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
				var owner = new BillingRunView.Owner(row.getString("instance"),
						BillQueries.instant(row, "heartbeat_at"), row.getString("taken_over_from"),
						BillQueries.instant(row, "taken_over_at"));
				return new BillingRunView(id, row.getObject("billing_month", LocalDate.class), row.getString("status"),
						row.getString("started_by"), BillQueries.instant(row, "started_at"),
						BillQueries.instant(row, "finished_at"), row.getLong("read_count"), row.getLong("bills"),
						skipped(id), runningHere.test(id) || row.getBoolean("alive"), owner);
			})
			.list();
	}

	/**
	 * The job execution of a run and when it was started; the execution is empty when its
	 * instance died before the job was created.
	 *
	 * @param jobExecutionId the run's job execution, {@code null} when none
	 * @param startedAt when the run was started (its bills' moment of issue)
	 */
	public record Launch(Long jobExecutionId, Instant startedAt) {
	}

	/** How a run was launched. */
	public Launch launch(long runId) {
		return this.jdbc.sql("select job_execution_id, started_at from billing_run where id = ?")
			.param(runId)
			.query((row, index) -> new Launch(row.getObject(1, Long.class), BillQueries.instant(row, "started_at")))
			.single();
	}

	private Map<SkipReason, Long> skipped(long runId) {
		Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
		this.jdbc.sql("select reason, count(*) from billing_skip where run_id = ? group by reason")
			.param(runId)
			.query((row, index) -> skipped.put(SkipReason.valueOf(row.getString(1)), row.getLong(2)))
			.list();
		return skipped;
	}

}
