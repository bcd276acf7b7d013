package org.utilityportal.audit;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.audit.internal.AuditChainQueries;

/**
 * The tamper-evident audit trail: the records of the registered tables (the access log,
 * payments, published tariff versions, SLA policy changes, …) are chained by hash in the
 * database when their transaction commits: each record's seal carries the hash of the
 * previous record of its table and its own, sha256 of the previous hash and the record's
 * columns as canonical JSON. Checking walks each chain from its first record and names
 * the first record that was changed, removed or slipped in. A table joins with one line
 * in its module's migration: {@code select audit_chain_register('table');}.
 */
@Service
@RequiredArgsConstructor
public class AuditChain {

	private final AuditChainQueries queries;

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

}
