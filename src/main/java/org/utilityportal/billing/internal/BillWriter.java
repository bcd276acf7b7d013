package org.utilityportal.billing.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import lombok.RequiredArgsConstructor;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.metering.Reading;
import org.utilityportal.shared.db.CopyRows;
import org.utilityportal.tariff.ChargeLine;

/**
 * Writes a chunk of the billing run in one transaction: estimated readings (through
 * metering, in the same transaction), then the bills, their lines and their ledger
 * entries through {@code COPY}, the account balances in one statement, the adjustments
 * the bills carry and the skipped accounts. Bill ids come from the sequence in one round
 * trip. The same few statements a chunk however many bills it holds (see
 * docs/BENCHMARKS.md, "The billing run: cost per bill").
 */
@Component
@RequiredArgsConstructor
public class BillWriter {

	/**
	 * Binds each value by its Java type, as the driver does, instead of through
	 * JdbcTemplate's inspection of every value (for a {@code null} it also asks the
	 * connection which database it is): in a profile of the billing run that inspection
	 * took about a tenth of the run's time. The types bound are the same.
	 */
	private static final ParameterizedPreparedStatementSetter<Object[]> BY_JAVA_TYPE = (statement, row) -> {
		for (int i = 0; i < row.length; i++) {
			if (row[i] != null) {
				statement.setObject(i + 1, row[i]);
			}
			else {
				statement.setNull(i + 1, Types.NULL);
			}
		}
	};

	private static final String BILL_COLUMNS = "id, bill_number, account_id, customer_id, utility, tariff_category, "
			+ "period_from, period_to, issued_at, due_date, run_id, opening_reading_id, opening_on, opening_total, "
			+ "opening_source, closing_reading_id, closing_on, closing_total, closing_source, consumption, unit, "
			+ "year_consumption, charges, previous_due, paid_since, amount_due";

	private static final String LINE_COLUMNS = "bill_id, line_no, kind, step, band, season, name_zh, name_en, "
			+ "quantity, unit, unit_price, amount, tariff_version_id, document_number, covers_from, covers_to, "
			+ "power_factor, power_factor_standard";

	private static final String LEDGER_COLUMNS = "account_id, kind, amount, booked_at, reference, booked_by";

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	private final MeterReadings readings;

	/**
	 * The chunk writer of a billing run, or of a final bill at closing.
	 * @param runId the billing run, {@code null} for a final bill at closing
	 * @param issuedAt the bills' moment of issue
	 */
	public ItemWriter<BillOutcome> of(Long runId, Instant issuedAt) {
		return (chunk) -> write(chunk, runId, issuedAt);
	}

	private void write(Chunk<? extends BillOutcome> chunk, Long runId, Instant issuedAt) {
		List<BillDraft> bills = new ArrayList<>();
		List<Object[]> skips = new ArrayList<>();
		for (BillOutcome outcome : chunk) {
			if (outcome.bill() != null) {
				bills.add(outcome.bill());
			}
			else {
				skips.add(new Object[] { runId, outcome.accountId(), outcome.skip().name(), outcome.detail() });
			}
		}
		if (!skips.isEmpty()) {
			batch("insert into billing_skip (run_id, account_id, reason, detail) values (?, ?, ?, ?) "
					+ "on conflict do nothing", skips);
		}
		if (bills.isEmpty()) {
			return;
		}
		List<Long> closingIds = saveEstimates(bills, issuedAt);
		List<Long> billIds = ids("bill", bills.size());
		CopyRows billRows = new CopyRows("bill", BILL_COLUMNS);
		CopyRows lineRows = new CopyRows("bill_line", LINE_COLUMNS);
		CopyRows ledgerRows = new CopyRows("ledger_entry", LEDGER_COLUMNS);
		List<Object[]> adjustmentRows = new ArrayList<>();
		for (int i = 0; i < bills.size(); i++) {
			BillDraft bill = bills.get(i);
			long billId = billIds.get(i);
			addBill(billRows, bill, billId, closingIds.get(i), runId, issuedAt);
			addLines(lineRows, billId, bill.lines());
			// The bill's entry in the ledger, which the balance below sums.
			ledgerRows.add(bill.accountId(), "BILL", bill.charges().amount(), issuedAt, bill.billNumber(), "billing");
			for (long adjustment : bill.appliedAdjustments()) {
				adjustmentRows.add(new Object[] { billId, adjustment });
			}
		}
		copy(billRows, lineRows, ledgerRows);
		moveBalances(bills);
		if (!adjustmentRows.isEmpty()) {
			batch("update bill_adjustment set applied_bill_id = ? where id = ? and applied_bill_id is null",
					adjustmentRows);
		}
	}

	private static void addBill(CopyRows rows, BillDraft bill, long billId, long closingId, Long runId,
			Instant issuedAt) {
		Reading opening = bill.opening();
		Reading closing = bill.closing();
		rows.add(billId, bill.billNumber(), bill.accountId(), bill.customerId(), bill.utility().name(),
				bill.category().name(), bill.periodFrom(), bill.periodTo(), issuedAt, bill.dueDate(), runId,
				opening.id(), opening.readOn(), opening.total(), opening.source().name(), closingId, closing.readOn(),
				closing.total(), closing.source().name(), bill.consumption(), bill.unit().name(),
				bill.yearConsumption(), bill.charges().amount(), bill.previousDue().amount(), bill.paidSince().amount(),
				bill.amountDue().amount());
	}

	private static void addLines(CopyRows rows, long billId, List<ChargeLine> lines) {
		int lineNo = 1;
		for (ChargeLine line : lines) {
			rows.add(billId, lineNo++, line.kind().name(), line.step(),
					(line.band() != null) ? line.band().name() : null, line.season(), line.nameZh(), line.nameEn(),
					line.quantity().value(), line.quantity().unit().name(), line.price().perUnit(),
					line.amount().amount(), (line.versionId() != 0) ? line.versionId() : null, line.documentNumber(),
					line.from(), line.to(), (line.powerFactor() != null) ? line.powerFactor().measured() : null,
					(line.powerFactor() != null) ? line.powerFactor().standard() : null);
		}
	}

	/**
	 * Each account's balance moves by its bill's charges (payments moved it when they
	 * came in), in one statement for the chunk; the oldest unpaid due date is the first
	 * due date since the balance was last settled. A chunk may hold more than one bill of
	 * an account (PostgreSQL's {@code on conflict} cannot change one row twice in a
	 * statement): the second bill of each account goes in a second statement, and so on,
	 * in the chunk's order, so the due date follows each bill as if written one by one (a
	 * sum per account would lose a bill whose charges a credit covered). One statement
	 * when every account has one bill, as in a billing run.
	 */
	private void moveBalances(List<BillDraft> bills) {
		List<List<BillDraft>> rounds = new ArrayList<>();
		Map<Long, Integer> seen = new HashMap<>();
		for (BillDraft bill : bills) {
			int round = seen.merge(bill.accountId(), 1, Integer::sum) - 1;
			if (round == rounds.size()) {
				rounds.add(new ArrayList<>());
			}
			rounds.get(round).add(bill);
		}
		rounds.forEach(this::moveBalancesOnce);
	}

	/** The balances of bills of distinct accounts, in one statement. */
	private void moveBalancesOnce(List<BillDraft> bills) {
		this.jdbc.update(
				"""
						insert into account_balance (account_id, balance, oldest_unpaid_due)
						select u.account_id, u.charges, case when u.charges > 0 then u.due_date end
						from unnest(cast(? as bigint[]), cast(? as numeric[]), cast(? as date[])) as u(account_id, charges, due_date)
						on conflict (account_id) do update set balance = account_balance.balance + excluded.balance,
						    oldest_unpaid_due = case when account_balance.balance + excluded.balance <= 0 then null
						                             else coalesce(account_balance.oldest_unpaid_due, excluded.oldest_unpaid_due) end,
						    version = account_balance.version + 1
						""",
				bills.stream().map(BillDraft::accountId).toArray(Long[]::new),
				bills.stream().map((bill) -> bill.charges().amount().toPlainString()).toArray(String[]::new),
				bills.stream().map((bill) -> bill.dueDate().toString()).toArray(String[]::new));
	}

	/**
	 * The rows through {@code COPY} on the chunk's connection, in this order (lines refer
	 * to their bills): no value bound one by one, no statement planned.
	 */
	private void copy(CopyRows... tables) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (CopyRows rows : tables) {
				rows.flush(copy);
			}
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Writing the bills of a chunk failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	private List<Long> saveEstimates(List<BillDraft> bills, Instant issuedAt) {
		List<Reading> estimates = bills.stream()
			.map(BillDraft::closing)
			.filter((closing) -> closing.id() == 0)
			.toList();
		List<Long> estimateIds = estimates.isEmpty() ? List.of() : this.readings.saveEstimates(estimates, issuedAt);
		List<Long> closingIds = new ArrayList<>();
		int next = 0;
		for (BillDraft bill : bills) {
			closingIds.add((bill.closing().id() == 0) ? estimateIds.get(next++) : bill.closing().id());
		}
		return closingIds;
	}

	/** One JDBC batch of all the rows. */
	private void batch(String sql, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.jdbc.batchUpdate(sql, rows, rows.size(), BY_JAVA_TYPE);
		}
	}

	private List<Long> ids(String table, int count) {
		return this.jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
				Long.class, table, count);
	}

}
