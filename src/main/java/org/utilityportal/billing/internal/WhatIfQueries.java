package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.shared.money.Money;

/** The bills a "what if" re-prices: one statement for an account's recent bills. */
@Component
@RequiredArgsConstructor
public class WhatIfQueries {

	private final JdbcClient jdbc;

	/**
	 * The account's newest bills, oldest first, each with what it charged (without
	 * approved adjustments of earlier bills) and whether it took back estimated bills.
	 * @param limit how many
	 */
	public List<BilledPeriod> recent(long accountId, int limit) {
		return this.jdbc.sql("""
				select b.bill_number, b.period_from, b.period_to, b.consumption, b.year_consumption,
				       b.opening_reading_id, b.closing_reading_id,
				       coalesce(sum(l.amount) filter (where l.kind not in ('ADJUSTMENT', 'LATE_CHARGE')), 0) as billed,
				       bool_or(l.kind = 'CORRECTION') as corrected
				from bill b left join bill_line l on l.bill_id = b.id
				where b.account_id = ?
				group by b.id
				order by b.period_from desc
				limit ?
				""")
			.params(accountId, limit)
			.query((row, index) -> new BilledPeriod(row.getString("bill_number"),
					row.getObject("period_from", LocalDate.class), row.getObject("period_to", LocalDate.class),
					row.getBigDecimal("consumption"), row.getBigDecimal("year_consumption"),
					row.getLong("opening_reading_id"), row.getLong("closing_reading_id"),
					new Money(row.getBigDecimal("billed")), row.getBoolean("corrected")))
			.list()
			.reversed();
	}

	/**
	 * One issued bill as a "what if" needs it.
	 *
	 * @param billNumber the bill
	 * @param from first day
	 * @param to day after the last day
	 * @param consumption what it charged for
	 * @param yearConsumption the year's consumption at its end
	 * @param openingReadingId the reading it starts from
	 * @param closingReadingId the reading it ends at
	 * @param billed its lines without adjustments and late-payment charges (neither
	 * depends on the tariff)
	 * @param corrected whether it took back estimated bills (then it covers more than its
	 * period)
	 */
	public record BilledPeriod(String billNumber, LocalDate from, LocalDate to, BigDecimal consumption,
			BigDecimal yearConsumption, long openingReadingId, long closingReadingId, Money billed, boolean corrected) {
	}

}
