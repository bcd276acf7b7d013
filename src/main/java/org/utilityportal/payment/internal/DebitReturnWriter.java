package org.utilityportal.payment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import lombok.RequiredArgsConstructor;
import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.payment.ImportProblem;
import org.utilityportal.shared.db.CopyRows;

/**
 * A bank return file on its way in: read line by line, each line's form checked, the good
 * lines copied into {@code debit_return_line}; then compared with the batch's debits in
 * SQL (a reference that is not the batch's, an amount that differs, a reference twice).
 * Nothing touches the debits here.
 */
@Component
@RequiredArgsConstructor
public class DebitReturnWriter {

	private static final int COPY_ROWS = 20_000;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	/** A number for an import's staged lines. */
	public long newImport() {
		return this.jdbc.sql("select nextval('debit_return_import_seq')").query(Long.class).single();
	}

	/**
	 * Reads and stages a return file for a batch.
	 * @return what is wrong with its form (empty when all lines were staged)
	 */
	public List<ImportProblem> stage(long importId, String batchNumber, InputStream file) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			PGConnection copy = connection.unwrap(PGConnection.class);
			CopyRows rows = new CopyRows("debit_return_line",
					"import_id, line_no, item_reference, result, amount, bank_txn_id");
			PipeFile pipe = new PipeFile();
			pipe.read(file, (line) -> {
				Object[] row = row(importId, line, pipe);
				if (row != null) {
					rows.add(row);
				}
				if (rows.size() >= COPY_ROWS) {
					flush(rows, copy);
				}
			});
			flush(rows, copy);
			// Fresh statistics, or the planner joins the staged lines with the debits
			// blindly.
			this.jdbc.sql("analyze debit_return_line").update();
			return check(pipe, batchNumber);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Staging a return file failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * What the staged lines say that does not fit the batch: references not of the batch,
	 * amounts that differ from the debit, references given twice.
	 */
	public List<ImportProblem> compare(long importId, long batchId) {
		List<ImportProblem> problems = new ArrayList<>(this.jdbc.sql("""
				select r.line_no, d.amount, r.amount from debit_return_line r
				left join debit_item d on d.item_reference = r.item_reference and d.batch_id = ?
				where r.import_id = ? and (d.id is null or d.amount <> r.amount)
				order by r.line_no limit ?
				""").params(batchId, importId, PipeFile.MAX_PROBLEMS).query((row, index) -> {
			BigDecimal expected = row.getBigDecimal(2);
			return (expected == null)
					? new ImportProblem(row.getInt(1), "reference", "returnFile.error.unknown", List.of())
					: new ImportProblem(row.getInt(1), "amount", "returnFile.error.amount",
							List.of(row.getBigDecimal(3).toPlainString(), expected.toPlainString()));
		}).list());
		problems.addAll(this.jdbc.sql("""
				select max(line_no) from debit_return_line where import_id = ?
				group by item_reference having count(*) > 1 order by 1 limit ?
				""")
			.params(importId, PipeFile.MAX_PROBLEMS)
			.query((row, index) -> new ImportProblem(row.getInt(1), "reference", "returnFile.error.twice", List.of()))
			.list());
		return problems;
	}

	/** The highest line number staged. */
	public int lastLine(long importId) {
		return this.jdbc.sql("select coalesce(max(line_no), 0) from debit_return_line where import_id = ?")
			.param(importId)
			.query(Integer.class)
			.single();
	}

	/** How many lines are staged. */
	public int count(long importId) {
		return this.jdbc.sql("select count(*) from debit_return_line where import_id = ?")
			.param(importId)
			.query(Integer.class)
			.single();
	}

	/** Removes an import's staged lines. */
	public void discard(long importId) {
		this.jdbc.sql("delete from debit_return_line where import_id = ?").param(importId).update();
	}

	/** The row to stage of a detail line {@code D|reference|result|amount|bank txn}. */
	private static Object[] row(long importId, PipeFile.Line line, PipeFile pipe) {
		String[] fields = line.fields();
		if (fields.length != 5) {
			pipe.problem(line.number(), "", "file.error.fields", "5", String.valueOf(fields.length));
			return null;
		}
		BigDecimal amount = PipeFile.amount(fields[3]);
		boolean ok = true;
		if (fields[1].isBlank() || fields[1].length() > 20) {
			pipe.problem(line.number(), "reference", "returnFile.error.reference");
			ok = false;
		}
		if (DebitReason.of(fields[2]).isEmpty()) {
			pipe.problem(line.number(), "result", "returnFile.error.result", fields[2]);
			ok = false;
		}
		if (amount == null) {
			pipe.problem(line.number(), "amount", "file.error.amount", fields[3]);
			ok = false;
		}
		if (fields[4].length() > 40 || ("00".equals(fields[2]) && fields[4].isBlank())) {
			pipe.problem(line.number(), "bankTxn", "returnFile.error.bankTxn");
			ok = false;
		}
		return ok ? new Object[] { importId, line.number(), fields[1], fields[2], amount,
				fields[4].isBlank() ? null : fields[4] } : null;
	}

	/** The header names this batch, the trailer counts the detail lines. */
	private static List<ImportProblem> check(PipeFile pipe, String batchNumber) {
		String[] header = pipe.header();
		if (header != null && (header.length < 3 || !"RETURN".equals(header[1]) || !batchNumber.equals(header[2]))) {
			pipe.problem(1, "", "returnFile.error.batch", batchNumber);
		}
		String[] trailer = pipe.trailer();
		if (trailer != null && (trailer.length < 2 || !String.valueOf(pipe.details()).equals(trailer[1]))) {
			pipe.problem(pipe.details() + 2, "", "file.error.count", String.valueOf(pipe.details()));
		}
		return pipe.problems();
	}

	private static void flush(CopyRows rows, PGConnection copy) {
		try {
			rows.flush(copy.getCopyAPI());
		}
		catch (SQLException | IOException ex) {
			throw new UncheckedIOException(new IOException(ex));
		}
	}

}
