package org.utilityportal.audit.internal;

import java.time.Duration;

import lombok.extern.slf4j.Slf4j;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the records of every chained table that wait, a batch per transaction, on one
 * instance at a time. Writers never wait for it: they only insert, and the records join
 * their chain here, seconds later, once every transaction older than theirs has ended
 * (the order and the horizon are the database's, migration V226).
 */
@Slf4j
@Component
public class ChainSealer {

	private final AuditChainQueries queries;

	private final TransactionTemplate transactions;

	private final int batch;

	private final Duration budget;

	ChainSealer(AuditChainQueries queries, TransactionTemplate transactions,
			@Value("${portal.audit.seal-batch:5000}") int batch,
			@Value("${portal.audit.seal-budget:5m}") Duration budget) {
		this.queries = queries;
		this.transactions = transactions;
		this.batch = batch;
		this.budget = budget;
	}

	/** Seals what waits, every few seconds, on one instance at a time. */
	@Scheduled(fixedDelayString = "${portal.audit.seal-interval:10s}",
			initialDelayString = "${portal.audit.seal-interval:10s}")
	@SchedulerLock(name = "audit-chain-seal", lockAtLeastFor = "PT1S", lockAtMostFor = "PT10M")
	public void scheduledSeal() {
		long sealed = sealWaiting();
		if (sealed > 0) {
			log.debug("Sealed {} audit records", sealed);
		}
	}

	/**
	 * Seals every table's waiting records that can be sealed now, batch after batch,
	 * until none is left or the time budget (5 minutes unless configured; under the job's
	 * lock of 10) is spent; the next run goes on from there.
	 * @return how many records were sealed
	 */
	public long sealWaiting() {
		// Elapsed time on the monotonic clock: a budget, not a time of day.
		long deadline = System.nanoTime() + this.budget.toNanos();
		long sealed = 0;
		for (String table : this.queries.tables()) {
			int last;
			do {
				last = sealBatch(table);
				sealed += last;
			}
			while (last == this.batch && System.nanoTime() < deadline);
		}
		return sealed;
	}

	private int sealBatch(String table) {
		Integer sealed = this.transactions.execute((status) -> this.queries.seal(table, this.batch));
		return (sealed != null) ? sealed : 0;
	}

}
