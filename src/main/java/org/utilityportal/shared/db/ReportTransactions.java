package org.utilityportal.shared.db;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/**
 * Settings for the read-only transaction of a report over small pre-aggregated figures
 * tables (dashboards). Call it first in the report's {@code @Transactional(readOnly =
 * true)} method.
 * <p>
 * Why: PostgreSQL gives a prepared statement a generic plan after five executions, and
 * for the figures statements that plan can be parallel (at 1,000,000 cases the year
 * dashboard's compliance statement ran a Gather Merge over two workers: 43 ms, almost all
 * of it starting the workers, against 2.8 ms for the plain plan). The figures tables are
 * a few hundred rows per day or month, so workers never pay for themselves there. Not for
 * searches: an index lookup is never planned parallel, and the extra statement would cost
 * each search a round trip.
 * <p>
 * Where the setting goes depends on where the {@link Reports} statements run:
 * <ul>
 * <li>Without a replica the {@link Reports} client is the primary's own, so its
 * statements run on the transaction's connection: {@link #withoutParallelWorkers()} runs
 * {@code set_config('max_parallel_workers_per_gather', '0', true)} there, through the
 * primary client, which joins the transaction. It is transaction-local: it ends with the
 * transaction, so the pooled connection goes back unchanged.</li>
 * <li>With a replica configured, {@link Reports} statements run on connections of their
 * own in autocommit, outside the transaction, where a transaction-local setting cannot
 * reach them: the replica pool sets it for its connections at connect time
 * ({@link ReplicaMonitor#pool}; that pool serves only report reads), and this method does
 * nothing (no round trip for nothing). When the replica is out of use the reports read a
 * primary connection in autocommit with the server's default, as before.</li>
 * </ul>
 */
public class ReportTransactions {

	private final JdbcClient primary;

	private final boolean reportsJoinTheTransaction;

	ReportTransactions(JdbcClient primary, boolean reportsJoinTheTransaction) {
		this.primary = primary;
		this.reportsJoinTheTransaction = reportsJoinTheTransaction;
	}

	/**
	 * Plans the rest of the current transaction's report statements without parallel
	 * workers ({@code max_parallel_workers_per_gather = 0} until the transaction ends).
	 * One statement on the transaction's connection without a replica, none with one.
	 * @throws IllegalStateException when no transaction is active (the setting would end
	 * with the statement)
	 */
	public void withoutParallelWorkers() {
		Assert.state(TransactionSynchronizationManager.isActualTransactionActive(),
				"a report sets its planner settings inside its transaction");
		if (this.reportsJoinTheTransaction) {
			this.primary.sql("select set_config('max_parallel_workers_per_gather', '0', true)")
				.query(String.class)
				.single();
		}
	}

}
