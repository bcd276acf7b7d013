package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.billing.AdjustmentView;
import org.utilityportal.billing.BillPage;
import org.utilityportal.billing.BillView;
import org.utilityportal.billing.PaymentMethod;
import org.utilityportal.metering.ReadingSource;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Unit;
import org.utilityportal.tariff.ChargeLine;

/**
 * Reading bills and what relates to them (lines, settlements, adjustments, re-checks):
 * projections for the bill page, the API and the counter. Read-only.
 */
@Component
@RequiredArgsConstructor
public class BillQueries {

	private static final String BILL_COLUMNS = "id, bill_number, account_id, customer_id, utility, tariff_category, "
			+ "period_from, period_to, issued_at, due_date, opening_on, opening_total, opening_source, closing_on, "
			+ "closing_total, closing_source, consumption, unit, year_consumption, charges, previous_due, paid_since, "
			+ "amount_due";

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

	private final JdbcClient jdbc;

	/** A bill with its lines: two statements. */
	public Optional<BillView> byNumber(String billNumber) {
		return this.jdbc.sql("select " + BILL_COLUMNS + " from bill where bill_number = ?")
			.param(billNumber)
			.query((row, index) -> bill(row, lines(row.getLong("id"))))
			.optional();
	}

	/**
	 * A bill without its lines (the bill page reads them with those of earlier bills).
	 */
	public Optional<BillView> byNumberWithoutLines(String billNumber) {
		return this.jdbc.sql("select " + BILL_COLUMNS + " from bill where bill_number = ?")
			.param(billNumber)
			.query((row, index) -> bill(row, List.of()))
			.optional();
	}

	public List<ChargeLine> lines(long billId) {
		return this.jdbc.sql("select " + BillLines.COLUMNS + " from bill_line where bill_id = ? order by line_no")
			.param(billId)
			.query(BillLines::map)
			.list();
	}

	/** The lines of several bills, by bill. */
	public Map<Long, List<ChargeLine>> lines(Collection<Long> billIds) {
		Map<Long, List<ChargeLine>> lines = new HashMap<>();
		if (billIds.isEmpty()) {
			return lines;
		}
		this.jdbc
			.sql("select bill_id, " + BillLines.COLUMNS
					+ " from bill_line where bill_id in (:ids) order by bill_id, line_no")
			.param("ids", billIds)
			.query((row, index) -> lines.computeIfAbsent(row.getLong("bill_id"), (key) -> new java.util.ArrayList<>())
				.add(BillLines.map(row, index)))
			.list();
		return lines;
	}

	/**
	 * The latest bills of an account up to a period end, newest first, without their
	 * lines.
	 */
	public List<BillView> recent(long accountId, LocalDate upTo, int limit) {
		return this.jdbc
			.sql("select " + BILL_COLUMNS
					+ " from bill where account_id = ? and period_to <= ? order by period_from desc limit ?")
			.params(accountId, upTo, limit)
			.query((row, index) -> bill(row, List.of()))
			.list();
	}

	/**
	 * The latest bills of a customer across accounts, newest first, without their lines.
	 */
	public List<BillView> ofCustomer(long customerId, int limit) {
		return this.jdbc
			.sql("select " + BILL_COLUMNS
					+ " from bill where customer_id = ? order by period_to desc, bill_number limit ?")
			.params(customerId, limit)
			.query((row, index) -> bill(row, List.of()))
			.list();
	}

	public List<AdjustmentView> adjustments(String where, Object... params) {
		return this.jdbc.sql("""
				select j.id, b.bill_number, j.account_id, j.kind, j.amount, j.reason, j.requested_by, j.requested_at,
				       j.status, j.decided_by, j.decided_at, ab.bill_number as applied_on, j.version
				from bill_adjustment j join bill b on b.id = j.bill_id left join bill ab on ab.id = j.applied_bill_id
				where %s order by j.requested_at desc limit 200
				""".formatted(where)).params(params).query((row, index) -> adjustment(row)).list();
	}

	/** What is still unpaid of a bill's charges. */
	public Money outstanding(long billId) {
		return new Money(this.jdbc.sql("""
				select greatest(b.charges - coalesce((select s.paid from bill_settled s where s.bill_id = b.id), 0), 0)
				from bill b where b.id = ?
				""").param(billId).query(BigDecimal.class).single());
	}

	/** The label of a bill's month, e.g. 2026-10. */
	public static String label(BillView bill) {
		return MONTH.format(bill.month());
	}

	private static BillView bill(ResultSet row, List<ChargeLine> lines) throws SQLException {
		return new BillView(row.getLong("id"), row.getString("bill_number"), row.getLong("account_id"),
				row.getLong("customer_id"), Utility.valueOf(row.getString("utility")),
				TariffCategory.valueOf(row.getString("tariff_category")), row.getObject("period_from", LocalDate.class),
				row.getObject("period_to", LocalDate.class), instant(row, "issued_at"),
				row.getObject("due_date", LocalDate.class), row.getObject("opening_on", LocalDate.class),
				row.getBigDecimal("opening_total"), source(row.getString("opening_source")),
				row.getObject("closing_on", LocalDate.class), row.getBigDecimal("closing_total"),
				source(row.getString("closing_source")), row.getBigDecimal("consumption"),
				Unit.valueOf(row.getString("unit")), row.getBigDecimal("year_consumption"),
				new Money(row.getBigDecimal("charges")), new Money(row.getBigDecimal("previous_due")),
				new Money(row.getBigDecimal("paid_since")), new Money(row.getBigDecimal("amount_due")), lines);
	}

	private static ReadingSource source(String value) {
		return (value != null) ? ReadingSource.valueOf(value) : null;
	}

	/** A payment that settled a bill, from its columns of the same names. */
	static BillPage.Settlement settlement(ResultSet row) throws SQLException {
		return new BillPage.Settlement(row.getString("receipt_number"), instant(row, "paid_at"),
				PaymentMethod.valueOf(row.getString("method")), new Money(row.getBigDecimal("amount")),
				row.getBigDecimal("units"),
				(row.getString("unit") != null) ? Unit.valueOf(row.getString("unit")) : null,
				row.getBoolean("reversed"));
	}

	/** An adjustment, from its columns of the same names. */
	static AdjustmentView adjustment(ResultSet row) throws SQLException {
		return new AdjustmentView(row.getLong("id"), row.getString("bill_number"), row.getLong("account_id"),
				"CREDIT".equals(row.getString("kind")), new Money(row.getBigDecimal("amount")), row.getString("reason"),
				row.getString("requested_by"), instant(row, "requested_at"), row.getString("status"),
				row.getString("decided_by"), instant(row, "decided_at"), row.getString("applied_on"),
				row.getLong("version"));
	}

	/** A re-check request or complaint, from its columns of the same names. */
	static BillPage.Recheck recheck(ResultSet row) throws SQLException {
		return new BillPage.Recheck(row.getString("reason"), instant(row, "requested_at"),
				"COMPLAINT".equals(row.getString("kind")), instant(row, "closed_at"));
	}

	static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

}
