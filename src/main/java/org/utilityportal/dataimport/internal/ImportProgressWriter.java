package org.utilityportal.dataimport.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a working run writes as it goes, each in its own short transaction (so the page
 * sees it while the import's own transaction is still open): rows done with a heartbeat,
 * and the rejected rows of a dry run in batches.
 */
@Component
@RequiredArgsConstructor
public class ImportProgressWriter {

	/** Rejections kept per run; the count goes on beyond. */
	static final int MAX_KEPT = 100_000;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PlatformTransactionManager transactions;

	/** Rows done so far, and the moment (a run without a heartbeat for long has died). */
	public void progress(long runId, long rowsDone, Instant at) {
		separately(() -> this.jdbc.sql("update import_run set rows_done = ?, heartbeat_at = ? where id = ?")
			.params(rowsDone, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), runId)
			.update());
	}

	/** Forgets the rejections of an earlier dry run of the file. */
	public void clearRejections(long runId) {
		separately(() -> this.jdbc.sql("delete from import_rejection where run_id = ?").param(runId).update());
	}

	/** Keeps rejections (up to {@link #MAX_KEPT} a run). */
	public void rejections(long runId, List<Rejection> rejections, java.util.Map<Long, String> rawLines,
			long keptSoFar) {
		List<Object[]> rows = new ArrayList<>();
		for (Rejection rejection : rejections) {
			if (keptSoFar + rows.size() >= MAX_KEPT) {
				break;
			}
			rows.add(new Object[] { runId, rejection.lineNumber(), rejection.field(), rejection.messageKey(),
					rejection.args().toArray(String[]::new), rawLines.getOrDefault(rejection.lineNumber(), "") });
		}
		if (!rows.isEmpty()) {
			separately(() -> this.template.batchUpdate("""
					insert into import_rejection (run_id, line_number, field, message_key, args, raw_line)
					values (?, ?, ?, ?, ?, ?) on conflict do nothing
					""", rows));
		}
	}

	private void separately(Runnable work) {
		TransactionTemplate template = new TransactionTemplate(this.transactions);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		template.executeWithoutResult((status) -> work.run());
	}

}
