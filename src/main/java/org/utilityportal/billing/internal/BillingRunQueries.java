package org.utilityportal.billing.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The progress of the billing runs going on now, over all instances. */
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

}
