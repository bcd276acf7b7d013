package org.utilityportal.billing.internal;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import lombok.RequiredArgsConstructor;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.utilityportal.billing.OpeningBalance;
import org.utilityportal.billing.OpeningBalances;
import org.utilityportal.shared.money.Money;

/**
 * Writes opening balances in bulk: COPY into a temporary table, then one statement that
 * inserts those of accounts not holding one yet, books each as an {@code OPENING_BALANCE}
 * entry of the ledger and moves the balances by them, all on the caller's connection and
 * transaction.
 */
@Component
@RequiredArgsConstructor
public class OpeningBalanceWriter {

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	/** Records the entries not recorded yet; returns how many were. */
	public int recordAll(List<OpeningBalances.Entry> entries, String reason, String by, Instant at) {
		this.jdbc.sql("""
				create temporary table if not exists opening_balance_in (
				    account_id bigint, amount numeric(12, 2), since date) on commit delete rows
				""").update();
		StringBuilder rows = new StringBuilder(entries.size() * 32);
		entries.forEach((entry) -> rows.append(entry.accountId())
			.append('\t')
			.append(entry.amount().amount().toPlainString())
			.append('\t')
			.append(entry.since())
			.append('\n'));
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("copy opening_balance_in (account_id, amount, since) from stdin",
						new StringReader(rows.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Writing opening balances failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
		int recorded = this.jdbc.sql("""
				with added as (
				    insert into opening_balance (account_id, amount, since, reason, recorded_by, recorded_at)
				    select distinct on (account_id) account_id, amount, since, ?, ?, ? from opening_balance_in
				    order by account_id
				    on conflict (account_id) do nothing
				    returning account_id, amount, since, recorded_by, recorded_at),
				booked as (
				    insert into ledger_entry (account_id, kind, amount, booked_at, reference, booked_by)
				    select account_id, 'OPENING_BALANCE', amount, recorded_at, to_char(since, 'YYYY-MM-DD'), recorded_by
				    from added)
				insert into account_balance (account_id, balance, oldest_unpaid_due)
				select account_id, amount, case when amount > 0 then since end from added
				on conflict (account_id) do update set balance = account_balance.balance + excluded.balance,
				    oldest_unpaid_due = case when account_balance.balance + excluded.balance <= 0 then null
				        else least(account_balance.oldest_unpaid_due, excluded.oldest_unpaid_due) end,
				    version = account_balance.version + 1
				""").params(reason, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
		this.jdbc.sql("truncate opening_balance_in").update();
		return recorded;
	}

	/** The opening balances of these accounts. */
	public List<OpeningBalance> of(Collection<Long> accountIds) {
		return this.jdbc.sql("""
				select account_id, amount, since, reason, recorded_by, recorded_at from opening_balance
				where account_id in (:ids) order by account_id
				""")
			.param("ids", accountIds)
			.query((row, index) -> new OpeningBalance(row.getLong("account_id"), new Money(row.getBigDecimal("amount")),
					row.getObject("since", LocalDate.class), row.getString("reason"), row.getString("recorded_by"),
					row.getObject("recorded_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * The part of an account's opening arrears no payment has settled yet: the arrears
	 * less what payments not reversed paid of them.
	 */
	public BigDecimal outstandingArrears(long accountId) {
		return this.jdbc
			.sql("""
					select greatest(0, ob.amount - coalesce((
					    select sum(p.opening_paid) from payment p where p.account_id = ob.account_id and p.reversed_at is null), 0))
					from opening_balance ob where ob.account_id = ? and ob.amount > 0
					""")
			.param(accountId)
			.query(BigDecimal.class)
			.optional()
			.orElse(BigDecimal.ZERO);
	}

}
