package org.utilityportal.customer.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import lombok.RequiredArgsConstructor;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.utilityportal.customer.CustomerImports;
import org.utilityportal.customer.ImportedCustomer;

/**
 * Writes imported customers, their mobile numbers and accounts with PostgreSQL COPY on
 * the caller's transaction, after reading which of them exist already (by identity
 * number, by utility and legacy number). Ids and account numbers are reserved from the
 * sequences first, as the data generator does, so the counter can keep working meanwhile.
 */
@Component
@RequiredArgsConstructor
public class CustomerImportWriter {

	private static final int CHUNK = 20_000;

	/** What imported customers agreed to: the legacy service contract. */
	static final String CONSENT = "供用电、供水、供气服务及账单通知（原系统服务合同，上线导入）";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	public Map<String, String> customerNames(Collection<String> idNumbers) {
		Map<String, String> names = new HashMap<>();
		chunks(idNumbers)
			.forEach((chunk) -> this.jdbc.sql("select id_number, name from customer where id_number = any (?)")
				.param(chunk.toArray(String[]::new))
				.query((row, index) -> names.put(row.getString(1), row.getString(2)))
				.list());
		return names;
	}

	public Set<String> importedAccounts(Collection<String> accountKeys) {
		Set<String> found = new HashSet<>();
		chunks(accountKeys.stream().map((key) -> key.substring(key.indexOf('/') + 1)).distinct().toList())
			.forEach((chunk) -> this.jdbc
				.sql("select utility || '/' || legacy_number from service_account where legacy_number = any (?)")
				.param(chunk.toArray(String[]::new))
				.query(String.class)
				.list()
				.forEach(found::add));
		found.retainAll(new HashSet<>(accountKeys));
		return found;
	}

	public Map<String, String> meterHolders(Collection<String> meterKeys) {
		Map<String, String> holders = new HashMap<>();
		// One index lookup per meter on the open-meter index (utility, meter_number).
		chunks(meterKeys).forEach((chunk) -> this.jdbc.sql("""
				select a.utility || '/' || a.meter_number, coalesce(a.utility || '/' || a.legacy_number, '')
				from unnest(?::varchar[], ?::varchar[]) as k(utility, meter)
				join service_account a on a.utility = k.utility and a.meter_number = k.meter and a.status = 'OPEN'
				""")
			.params(chunk.stream().map((key) -> key.substring(0, key.indexOf('/'))).toArray(String[]::new),
					chunk.stream().map((key) -> key.substring(key.indexOf('/') + 1)).toArray(String[]::new))
			.query((row, index) -> holders.put(row.getString(1), row.getString(2)))
			.list());
		return holders;
	}

	public CustomerImports.Result write(List<ImportedCustomer> rows, String by, Instant at) {
		Map<String, ImportedCustomer> customers = new LinkedHashMap<>();
		rows.forEach((row) -> customers.putIfAbsent(row.idNumber(), row));
		Map<String, Long> customerIds = ids(customers.keySet(),
				"select id_number, id from customer where id_number = any (?)");
		List<ImportedCustomer> newCustomers = customers.values()
			.stream()
			.filter((row) -> !customerIds.containsKey(row.idNumber()))
			.toList();
		long customerBase = reserve("customer_id_seq", newCustomers.size());
		CopyBuffer customerRows = new CopyBuffer("copy customer (id, name, kind, id_type, id_number, address, "
				+ "consent_purpose, consent_date, created_at, created_by) from stdin");
		CopyBuffer mobileRows = new CopyBuffer("copy customer_mobile (customer_id, position, number) from stdin");
		String createdAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC).toString();
		LocalDate today = at.atOffset(ZoneOffset.ofHours(8)).toLocalDate();
		for (int i = 0; i < newCustomers.size(); i++) {
			ImportedCustomer row = newCustomers.get(i);
			long id = customerBase + i;
			customerIds.put(row.idNumber(), id);
			customerRows.add(id, row.name(), row.kind().name(), row.idType().name(), row.idNumber(), row.address(),
					CONSENT, today, createdAt, by);
			mobileRows.add(id, 0, row.mobile());
		}
		Map<String, Long> accountIds = ids(rows.stream().map(ImportedCustomer::legacyNumber).distinct().toList(),
				"select utility || '/' || legacy_number, id from service_account where legacy_number = any (?)");
		accountIds.keySet().retainAll(rows.stream().map(ImportedCustomer::accountKey).collect(Collectors.toSet()));
		List<ImportedCustomer> newAccounts = new ArrayList<>();
		Set<String> seen = new HashSet<>(accountIds.keySet());
		rows.stream().filter((row) -> seen.add(row.accountKey())).forEach(newAccounts::add);
		long accountBase = reserve("service_account_id_seq", newAccounts.size());
		long numberBase = reserve("service_account_number_seq", newAccounts.size());
		customerRows.flush();
		mobileRows.flush();
		CopyBuffer accountRows = new CopyBuffer("copy service_account (id, customer_id, utility, account_number, "
				+ "service_address, meter_number, tariff_category, billing_cycle, opened_on, legacy_number) from stdin");
		for (int i = 0; i < newAccounts.size(); i++) {
			ImportedCustomer row = newAccounts.get(i);
			long id = accountBase + i;
			accountIds.put(row.accountKey(), id);
			accountRows.add(id, customerIds.get(row.idNumber()), row.utility().name(),
					row.utility().accountPrefix() + String.format("%010d", numberBase + i), row.serviceAddress(),
					row.meterNumber(), row.category().name(), row.cycle().name(), row.openedOn(), row.legacyNumber());
		}
		accountRows.flush();
		return new CustomerImports.Result(newCustomers.size(), newAccounts.size(), accountIds);
	}

	private Map<String, Long> ids(Collection<String> keys, String sql) {
		Map<String, Long> ids = new HashMap<>();
		chunks(keys).forEach((chunk) -> this.jdbc.sql(sql)
			.param(chunk.toArray(String[]::new))
			.query((row, index) -> ids.put(row.getString(1), row.getLong(2)))
			.list());
		return ids;
	}

	/** Rows for one COPY statement, sent every 50,000 rows and at the end. */
	private final class CopyBuffer {

		private final String sql;

		private final StringBuilder rows = new StringBuilder(1 << 20);

		private int count;

		CopyBuffer(String sql) {
			this.sql = sql;
		}

		void add(Object... values) {
			line(this.rows, values);
			if (++this.count % 50_000 == 0) {
				flush();
			}
		}

		void flush() {
			copy(this.sql, this.rows);
			this.rows.setLength(0);
		}

	}

	private void copy(String sql, StringBuilder rows) {
		if (rows.isEmpty()) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Importing customers failed: " + ex.getMessage(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * Moves a sequence past {@code count} values and returns the first value reserved.
	 */
	private long reserve(String sequence, long count) {
		if (count == 0) {
			return 0;
		}
		long first = this.jdbc.sql("select nextval('" + sequence + "')").query(Long.class).single() + 1;
		// The id sequences step by 50 for Hibernate's pooled ids: leave a whole block
		// free.
		this.jdbc.sql("select setval('" + sequence + "', ?)").param(first + count + 100).query(Long.class).single();
		return first;
	}

	private static List<List<String>> chunks(Collection<String> values) {
		List<String> all = List.copyOf(values);
		List<List<String>> chunks = new ArrayList<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
		}
		return chunks;
	}

	/**
	 * One row in COPY text format: tabs between, backslash, tab and line breaks escaped.
	 */
	private static void line(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			if (values[i] == null) {
				out.append("\\N");
			}
			else {
				String text = values[i].toString();
				for (int c = 0; c < text.length(); c++) {
					char ch = text.charAt(c);
					switch (ch) {
						case '\\' -> out.append("\\\\");
						case '\t' -> out.append("\\t");
						case '\n' -> out.append("\\n");
						case '\r' -> out.append("\\r");
						default -> out.append(ch);
					}
				}
			}
		}
		out.append('\n');
	}

}
