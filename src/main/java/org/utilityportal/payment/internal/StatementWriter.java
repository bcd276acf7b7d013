package org.utilityportal.payment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import javax.sql.DataSource;

import lombok.RequiredArgsConstructor;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.utilityportal.payment.ImportProblem;
import org.utilityportal.shared.db.CopyRows;
import org.utilityportal.shared.money.Money;

/**
 * A statement file in bulk: read line by line, each line's form checked, copied into
 * {@code statement_line} with COPY; then compared with what the portal recorded for the
 * day in one statement (a full join on the reference), which also writes every difference
 * as a task. A million lines are never held in memory.
 */
@Component
@RequiredArgsConstructor
public class StatementWriter {

	/** The source code of the bank's statement (direct debits). */
	public static final String BANK = "bank";

	private static final int COPY_ROWS = 20_000;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	/**
	 * Reads and stores a statement of a source and day.
	 * @return what is wrong with it (empty when all lines were stored)
	 */
	public List<ImportProblem> stage(long reconciliationId, String source, LocalDate day, InputStream file) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			PGConnection copy = connection.unwrap(PGConnection.class);
			CopyRows rows = new CopyRows("statement_line",
					"reconciliation_id, line_no, reference, txn_id, amount, paid_at");
			BigDecimal[] total = { BigDecimal.ZERO };
			PipeFile pipe = new PipeFile();
			pipe.read(file, (line) -> {
				Object[] row = row(reconciliationId, line, pipe);
				if (row != null) {
					rows.add(row);
					total[0] = total[0].add((BigDecimal) row[4]);
				}
				if (rows.size() >= COPY_ROWS) {
					flush(rows, copy);
				}
			});
			flush(rows, copy);
			// Fresh statistics, or the planner joins a million new lines blindly.
			this.jdbc.sql("analyze statement_line").update();
			check(pipe, source, day, total[0]);
			if (pipe.problems().isEmpty()) {
				duplicates(reconciliationId, pipe);
			}
			return pipe.problems();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Storing a statement failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * Compares the stored statement with the portal's records of the day and writes the
	 * differences as open tasks; one statement.
	 */
	public Comparison compare(long reconciliationId, String source, LocalDate day, ZoneId zone) {
		Instant from = day.atStartOfDay(zone).toInstant();
		Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
		String portal = BANK.equals(source) ? """
				select i.item_reference as reference, i.bank_txn_id as txn_id, i.amount from debit_item i
				join debit_batch b on b.id = i.batch_id where b.collection_date = :day and i.status = 'PAID'
				""" : """
				select order_number as reference, provider_txn_id as txn_id, amount from payment_order
				where provider = :source and status = 'PAID' and paid_at >= :from and paid_at < :to
				""";
		return this.jdbc
			.sql("""
					with portal as (%s),
					     stmt as (select reference, txn_id, amount from statement_line where reconciliation_id = :id),
					     joined as materialized (
					         select s.reference as s_ref, p.reference as p_ref, coalesce(s.reference, p.reference) as reference,
					                coalesce(s.txn_id, p.txn_id) as txn_id, s.amount as s_amount, p.amount as p_amount
					         from stmt s full join portal p on p.reference = s.reference),
					     written as (
					         insert into reconciliation_difference (reconciliation_id, kind, reference, txn_id, statement_amount,
					             portal_amount, status)
					         select :id, case when p_ref is null then 'MISSING_IN_PORTAL' when s_ref is null then 'MISSING_IN_STATEMENT'
					                          else 'AMOUNT_DIFFERS' end, reference, txn_id, s_amount, p_amount, 'OPEN'
					         from joined where s_amount is distinct from p_amount
					         returning 1)
					select count(s_ref), coalesce(sum(s_amount), 0), count(p_ref), coalesce(sum(p_amount), 0),
					       count(*) filter (where s_amount = p_amount), count(*) filter (where p_ref is null),
					       count(*) filter (where s_ref is null), count(*) filter (where s_amount <> p_amount),
					       (select count(*) from written)
					from joined
					"""
				.formatted(portal))
			.param("id", reconciliationId)
			.param("source", source)
			.param("day", day)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((row, index) -> new Comparison(row.getInt(1), new Money(row.getBigDecimal(2)), row.getInt(3),
					new Money(row.getBigDecimal(4)), row.getInt(5), row.getInt(6), row.getInt(7), row.getInt(8)))
			.single();
	}

	/** {@code D|reference|txn id|amount|paid at}. */
	private static Object[] row(long reconciliationId, PipeFile.Line line, PipeFile pipe) {
		String[] fields = line.fields();
		if (fields.length != 5) {
			pipe.problem(line.number(), "", "file.error.fields", "5", String.valueOf(fields.length));
			return null;
		}
		boolean ok = true;
		if (fields[1].isBlank() || fields[1].length() > 64) {
			pipe.problem(line.number(), "reference", "statement.error.reference");
			ok = false;
		}
		if (fields[2].isBlank() || fields[2].length() > 64) {
			pipe.problem(line.number(), "txnId", "statement.error.txn");
			ok = false;
		}
		BigDecimal amount = PipeFile.amount(fields[3]);
		if (amount == null) {
			pipe.problem(line.number(), "amount", "file.error.amount", fields[3]);
			ok = false;
		}
		OffsetDateTime paidAt = null;
		try {
			paidAt = OffsetDateTime.parse(fields[4]);
		}
		catch (DateTimeParseException ex) {
			pipe.problem(line.number(), "paidAt", "statement.error.paidAt", fields[4]);
			ok = false;
		}
		return ok ? new Object[] { reconciliationId, line.number(), fields[1], fields[2], amount, paidAt } : null;
	}

	/** The header names the source and day; the trailer counts and sums the lines. */
	private static void check(PipeFile pipe, String source, LocalDate day, BigDecimal total) {
		String[] header = pipe.header();
		if (header != null && (header.length < 4 || !"STATEMENT".equals(header[1])
				|| !source.equalsIgnoreCase(header[2]) || !day.toString().equals(header[3]))) {
			pipe.problem(1, "", "statement.error.header", source.toUpperCase(), day.toString());
		}
		String[] trailer = pipe.trailer();
		if (trailer != null && (trailer.length < 3 || !String.valueOf(pipe.details()).equals(trailer[1])
				|| PipeFile.amount(trailer[2]) == null || PipeFile.amount(trailer[2]).compareTo(total) != 0)) {
			pipe.problem(pipe.details() + 2, "", "statement.error.trailer", String.valueOf(pipe.details()),
					total.toPlainString());
		}
	}

	private void duplicates(long reconciliationId, PipeFile pipe) {
		this.jdbc.sql("""
				select max(line_no) from statement_line where reconciliation_id = ?
				group by reference having count(*) > 1 order by 1 limit ?
				""")
			.params(reconciliationId, PipeFile.MAX_PROBLEMS)
			.query(Integer.class)
			.list()
			.forEach((line) -> pipe.problem(line, "reference", "statement.error.twice"));
	}

	private static void flush(CopyRows rows, PGConnection copy) {
		try {
			rows.flush(copy.getCopyAPI());
		}
		catch (SQLException | IOException ex) {
			throw new UncheckedIOException(new IOException(ex));
		}
	}

	/**
	 * What a comparison found.
	 *
	 * @param statementCount lines of the statement
	 * @param statementTotal their sum
	 * @param portalCount payments the portal recorded for the day
	 * @param portalTotal their sum
	 * @param matched in both with the same amount
	 * @param missingInPortal in the statement only
	 * @param missingInStatement in the portal only
	 * @param amountDifferences in both, amounts differ
	 */
	public record Comparison(int statementCount, Money statementTotal, int portalCount, Money portalTotal, int matched,
			int missingInPortal, int missingInStatement, int amountDifferences) {
	}

}
