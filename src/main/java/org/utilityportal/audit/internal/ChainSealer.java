package org.utilityportal.audit.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

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
 * (the order and the horizon are the database's, migration V226). The tables take turns,
 * a batch each, so one that grows fast (the access log under load) cannot spend the whole
 * time budget while the others wait for the next run.
 */
@Slf4j
@Component
public class ChainSealer {

	private final AuditChainQueries queries;

	private final AuditChainWriter writer;

	private final TransactionTemplate transactions;

	private final int batch;

	private final Duration budget;

	ChainSealer(AuditChainQueries queries, AuditChainWriter writer, TransactionTemplate transactions,
			@Value("${portal.audit.seal-batch:5000}") int batch,
			@Value("${portal.audit.seal-budget:5m}") Duration budget) {
		this.queries = queries;
		this.writer = writer;
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
	 * Seals every table's waiting records that can be sealed now, in rounds: a round
	 * seals one batch of each table that still has records waiting (a table whose batch
	 * came back short has no more that can be sealed yet and sits the next rounds out).
	 * Rounds follow until no table is left or the time budget (5 minutes unless
	 * configured; under the job's lock of 10) is spent; it is looked at between rounds,
	 * so every table gets a batch in the last round too. The next run goes on from there.
	 * @return how many records were sealed
	 */
	public long sealWaiting() {
		// Elapsed time on the monotonic clock: a budget, not a time of day.
		long deadline = System.nanoTime() + this.budget.toNanos();
		List<String> waiting = new ArrayList<>(this.queries.tables());
		long sealed = 0;
		do {
			sealed += sealRound(waiting);
		}
		while (!waiting.isEmpty() && System.nanoTime() - deadline < 0);
		return sealed;
	}

	/**
	 * One batch of each table in {@code waiting}, in their order; removes those that came
	 * back short.
	 */
	private long sealRound(List<String> waiting) {
		long sealed = 0;
		for (Iterator<String> tables = waiting.iterator(); tables.hasNext();) {
			int last = sealBatch(tables.next());
			sealed += last;
			if (last < this.batch) {
				tables.remove();
			}
		}
		return sealed;
	}

	private int sealBatch(String table) {
		Integer sealed = this.transactions.execute((status) -> this.writer.seal(table, this.batch));
		return (sealed != null) ? sealed : 0;
	}

}
