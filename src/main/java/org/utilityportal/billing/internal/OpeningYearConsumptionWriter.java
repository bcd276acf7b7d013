package org.utilityportal.billing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.billing.OpeningYearConsumption;
import org.utilityportal.billing.OpeningYearConsumptions;

/**
 * Writes imported year-to-date consumption in bulk: one statement per chunk of rows,
 * passed as arrays (no statement per row), on the caller's connection and transaction.
 */
@Component
@RequiredArgsConstructor
public class OpeningYearConsumptionWriter {

	private static final int CHUNK = 50_000;

	private final JdbcClient jdbc;

	/** Records the entries of accounts without one yet; returns how many were. */
	public int recordAll(List<OpeningYearConsumptions.Entry> entries, String by, Instant at) {
		int recorded = 0;
		OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
		for (int start = 0; start < entries.size(); start += CHUNK) {
			List<OpeningYearConsumptions.Entry> chunk = entries.subList(start, Math.min(entries.size(), start + CHUNK));
			recorded += this.jdbc.sql("""
					insert into opening_year_consumption (account_id, counted_until, quantity, recorded_by, recorded_at)
					select distinct on (e.account_id) e.account_id, e.counted_until, e.quantity, ?, ?
					from unnest(?::bigint[], ?::date[], ?::numeric[]) as e(account_id, counted_until, quantity)
					order by e.account_id
					on conflict (account_id) do nothing
					""")
				.params(by, when, chunk.stream().map(OpeningYearConsumptions.Entry::accountId).toArray(Long[]::new),
						chunk.stream().map((entry) -> entry.countedUntil().toString()).toArray(String[]::new),
						chunk.stream().map((entry) -> entry.quantity().toPlainString()).toArray(String[]::new))
				.update();
		}
		return recorded;
	}

	/** The entry of an account, if it has one. */
	public Optional<OpeningYearConsumption> of(long accountId) {
		return this.jdbc.sql("""
				select account_id, quantity, counted_until, recorded_by, recorded_at
				from opening_year_consumption where account_id = ?
				""")
			.param(accountId)
			.query((row, index) -> new OpeningYearConsumption(row.getLong("account_id"), row.getBigDecimal("quantity"),
					row.getObject("counted_until", LocalDate.class), row.getString("recorded_by"),
					row.getObject("recorded_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

}
