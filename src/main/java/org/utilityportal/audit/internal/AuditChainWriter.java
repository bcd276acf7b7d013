package org.utilityportal.audit.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seals the hash chains: appends the links of waiting records ({@code audit_chain_seal},
 * migration V226, which computes the hashes and writes a batch's links in one insert; the
 * links are append-only). Reads of the chains are {@link AuditChainQueries}.
 */
@Component
@RequiredArgsConstructor
public class AuditChainWriter {

	private final JdbcClient jdbc;

	/**
	 * Seals up to {@code limit} records of a table that wait, in the chain's order (call
	 * in a transaction of its own: the links are written with it).
	 * @return how many were sealed; fewer than {@code limit} when no more can be yet
	 */
	public int seal(String table, int limit) {
		return this.jdbc.sql("select audit_chain_seal(?, ?)").params(table, limit).query(Integer.class).single();
	}

}
