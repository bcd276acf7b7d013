package org.utilityportal.audit;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.audit.internal.AuditChainQueries;
import org.utilityportal.audit.internal.ChainSealer;

/**
 * The tamper-evident audit trail: the records of the registered tables (the access log,
 * payments, ledger entries, published tariff, catalogue and metro fare versions, SLA
 * policy changes, …) are chained by hash, one chain per table: each record's seal carries
 * the hash of the previous record of its chain and its own, sha256 of the previous hash
 * and the record's columns as canonical JSON. Writers only insert; a scheduled job seals
 * committed records a few seconds later, in the order of their transactions, a batch per
 * transaction ({@link #sealWaiting()}). Checking walks each chain from its first record
 * and names the first sealed record that was changed, removed or slipped in, and counts
 * the records still waiting. A table joins with one line in its module's migration:
 * {@code select audit_chain_register('table');}.
 */
@Service
@RequiredArgsConstructor
public class AuditChain {

	private final AuditChainQueries queries;

	private final ChainSealer sealer;

	/** Checks every chain; one result per registered table. Reads every sealed record. */
	@Transactional(readOnly = true)
	public List<ChainCheck> verify() {
		return this.queries.tables().stream().map(this.queries::verify).toList();
	}

	/** Checks one table's chain. */
	@Transactional(readOnly = true)
	public ChainCheck verify(String table) {
		return this.queries.verify(table);
	}

	/**
	 * Seals, now, every waiting record that can be sealed (what the scheduled job does
	 * every few seconds), a batch per transaction, the tables taking turns a batch each
	 * until none has more or the time budget is spent. Records of transactions still
	 * running, and of ones that started after the oldest still running, wait for the next
	 * turn.
	 * @return how many records were sealed
	 */
	public long sealWaiting() {
		return this.sealer.sealWaiting();
	}

}
