package org.utilityportal.payment.internal;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.payment.DifferenceView;
import org.utilityportal.shared.web.Csv;

/** The differences of a reconciliation: a page of them, and all of them as CSV. */
@Component
@RequiredArgsConstructor
public class ReconciliationReport {

	private static final String COLUMNS = "id, kind, reference, txn_id, statement_amount, portal_amount, status, "
			+ "closed_by, closed_at, reason, version";

	private final JdbcClient jdbc;

	/** A page of differences, open first, then in the order found. */
	public List<DifferenceView> differences(long reconciliationId, int offset, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from reconciliation_difference where reconciliation_id = ? "
					+ "order by status desc, id limit ? offset ?")
			.params(reconciliationId, limit, offset)
			.query((row, index) -> view(row))
			.list();
	}

	/** How many differences are still open. */
	public int open(long reconciliationId) {
		return this.jdbc
			.sql("select count(*) from reconciliation_difference where reconciliation_id = ? and status = 'OPEN'")
			.param(reconciliationId)
			.query(Integer.class)
			.single();
	}

	/** Every difference as CSV (header row, one row each), streamed. */
	public void csv(long reconciliationId, PrintWriter out, List<String> header) {
		out.println(String.join(",", header.stream().map(Csv::cell).toList()));
		this.jdbc.sql("select " + COLUMNS + " from reconciliation_difference where reconciliation_id = ? order by id")
			.param(reconciliationId)
			.query((row) -> {
				DifferenceView d = view(row);
				out.println(String.join(",", Csv.cell(d.kind()), Csv.cell(d.reference()), Csv.cell(d.txnId()),
						Csv.cell(String.valueOf(d.statementAmount())), Csv.cell(String.valueOf(d.portalAmount())),
						Csv.cell(d.status()), Csv.cell(d.closedBy()), Csv.cell(d.reason())));
			});
		out.flush();
	}

	private static DifferenceView view(ResultSet row) throws SQLException {
		java.time.OffsetDateTime closed = row.getObject("closed_at", java.time.OffsetDateTime.class);
		return new DifferenceView(row.getLong("id"), row.getString("kind"), row.getString("reference"),
				row.getString("txn_id"), row.getBigDecimal("statement_amount"), row.getBigDecimal("portal_amount"),
				row.getString("status"), row.getString("closed_by"), (closed != null) ? closed.toInstant() : null,
				row.getString("reason"), row.getLong("version"));
	}

}
