package org.utilityportal.audit.internal;

import java.util.HexFormat;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.audit.ChainCheck;
import org.utilityportal.audit.ChainProblem;

/**
 * Reads the hash chains: the registered tables, and the check of one chain, which is the
 * database's function ({@code audit_chain_verify}, migration V226), so the portal, a
 * script and the command compute the same hashes. Sealing writes:
 * {@link AuditChainWriter}.
 */
@Component
@RequiredArgsConstructor
public class AuditChainQueries {

	private final JdbcClient jdbc;

	/** The registered tables, in the order they were registered. */
	public List<String> tables() {
		return this.jdbc.sql("select table_name from audit_chain_table order by registered_at, table_name")
			.query(String.class)
			.list();
	}

	/** Walks one table's chain. */
	public ChainCheck verify(String table) {
		return this.jdbc.sql("""
				select problem, seq, row_key, checked, head, waiting, oldest_waiting_seconds
				from audit_chain_verify(?)
				""").param(table).query((row, index) -> {
			String problem = row.getString("problem");
			byte[] head = row.getBytes("head");
			return new ChainCheck(table, row.getLong("checked"),
					(problem != null) ? ChainProblem.valueOf(problem) : null, row.getObject("seq", Long.class),
					row.getObject("row_key", Long.class), (head != null) ? HexFormat.of().formatHex(head) : null,
					row.getLong("waiting"), row.getObject("oldest_waiting_seconds", Long.class));
		}).single();
	}

}
