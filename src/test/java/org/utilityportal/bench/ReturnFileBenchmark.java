package org.utilityportal.bench;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.customer.internal.generator.CustomerDataGenerator;
import org.utilityportal.payment.DebitBatchView;
import org.utilityportal.payment.DirectDebits;
import org.utilityportal.payment.ReturnResult;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applying a bank return file of 500,000 debits (issue 11: under 2 minutes). Run with
 * {@code ./mvnw -Pbench verify -Dit.test=ReturnFileBenchmark} and {@code TEST_DB_URL}
 * (docs/BENCHMARKS.md); {@code -Dbench.returnDebits=…} changes the scale. It makes that
 * many accounts owe money (a bill of their own, booked in the ledger, generating
 * customers when there are too few accounts) with an approved direct-debit mandate, makes
 * the collection and its debit file, and times the import of the bank's return file: 97%
 * paid (each becomes a payment allocated to the bill and booked), 3% failed for
 * insufficient funds (each customer with a sign-in notified). Asserts every debit was
 * answered and the ledger still sums to the balance of the accounts; reports the times.
 */
class ReturnFileBenchmark extends IntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(ReturnFileBenchmark.class);

	private static final int DEBITS = Integer.getInteger("bench.returnDebits", 500_000);

	@Autowired
	private DirectDebits debits;

	@Autowired
	private CustomerDataGenerator customerGenerator;

	@Test
	void applyAReturnFileOfHalfAMillionDebits() throws Exception {
		long run = this.jdbc.sql("select count(*) from debit_batch").query(Long.class).single();
		LocalDate period = LocalDate.of(2090, 1, 1).plusMonths(run);
		long started = System.nanoTime();
		int owing = prepare(period);
		double prepared = seconds(started);

		started = System.nanoTime();
		DebitBatchView batch = this.debits.collect(period.plusMonths(1).plusDays(24), "bench");
		double collected = seconds(started);
		started = System.nanoTime();
		StringWriter debitFile = new StringWriter();
		this.debits.debitFile(batch.batchNumber(), debitFile);
		double written = seconds(started);
		Path returnFile = returnFile(batch, debitFile.toString());

		started = System.nanoTime();
		ReturnResult result;
		try (InputStream in = Files.newInputStream(returnFile)) {
			result = this.debits.applyReturn(batch.batchNumber(), in, returnFile.getFileName().toString(), "bench");
		}
		double applied = seconds(started);
		assertThat(result.problems()).isEmpty();
		assertThat(result.paid() + result.failed()).isEqualTo(batch.itemCount());
		assertThat(this.debits.batch(batch.batchNumber()).status()).isEqualTo("RETURNED");
		assertThat(this.jdbc
			.sql("""
					select count(*) from account_balance ab
					where ab.balance <> coalesce((select sum(l.amount) from ledger_entry l where l.account_id = ab.account_id), 0)
					""")
			.query(Long.class)
			.single()).isZero();
		String line = String.format("| %,d | %,d | %,d | %.1f | %.1f | %.1f | %.1f | %s |", batch.itemCount(),
				result.paid(), result.failed(), applied, collected, written, prepared,
				this.jdbc.sql("show server_version").query(String.class).single());
		log.info("Return file: {} ({} accounts made to owe)", line, owing);
		Files.createDirectories(Path.of("target/benchmarks"));
		Files.writeString(Path.of("target/benchmarks/return-file.md"),
				"| debits | paid | failed | apply return s | collect s | debit file s | data s | PostgreSQL |\n"
						+ "|---|---|---|---|---|---|---|---|\n" + line + "\n");
	}

	/**
	 * Makes {@link #DEBITS} accounts without a mandate owe a bill of this period, booked
	 * in the ledger, each with an approved mandate.
	 * @return how many
	 */
	private int prepare(LocalDate period) {
		long free = freeAccounts();
		while (free < DEBITS) {
			this.customerGenerator.generate((int) ((DEBITS - free) / 1.4) + 1_000, 2090 + free);
			free = freeAccounts();
		}
		return this.transactions().execute((status) -> {
			this.jdbc.sql("""
					create temporary table bench_accounts on commit drop as
					select a.id, a.customer_id, a.account_number, a.utility, a.tariff_category from service_account a
					where a.utility <> 'METRO' and a.status = 'OPEN'
					  and not exists (select 1 from debit_mandate m where m.account_id = a.id)
					order by a.id limit ?
					""").param(DEBITS).update();
			this.jdbc
				.sql("""
						insert into bill (bill_number, account_id, customer_id, utility, tariff_category, period_from, period_to,
						    issued_at, due_date, consumption, unit, year_consumption, charges, previous_due, paid_since, amount_due)
						select to_char(?::date, 'YYYYMM') || account_number, id, customer_id, utility, tariff_category, ?, ?,
						       now(), ?::date + 24, 100, case utility when 'ELECTRICITY' then 'KWH' else 'CUBIC_METRE' end, 100,
						       50 + (id % 200), 0, 0, 50 + (id % 200)
						from bench_accounts
						""")
				.params(period, period, period.plusMonths(1), period.plusMonths(1))
				.update();
			this.jdbc.sql("""
					insert into ledger_entry (account_id, kind, amount, booked_at, reference, booked_by)
					select b.account_id, 'BILL', b.charges, b.issued_at, b.bill_number, 'bench'
					from bill b join bench_accounts a on a.id = b.account_id where b.period_from = ?
					""").param(period).update();
			this.jdbc.sql("""
					insert into account_balance (account_id, balance, oldest_unpaid_due)
					select id, 50 + (id % 200), ?::date + 24 from bench_accounts
					on conflict (account_id) do update set balance = account_balance.balance + excluded.balance,
					    oldest_unpaid_due = coalesce(account_balance.oldest_unpaid_due, excluded.oldest_unpaid_due)
					""").param(period.plusMonths(1)).update();
			return this.jdbc
				.sql("""
						insert into debit_mandate (account_id, account_number, customer_id, bank_code, bank_account, holder_name,
						    status, requested_by, requested_at, decided_by, decided_at)
						select id, account_number, customer_id, 'ICBC', '6222' || lpad(id::text, 12, '0'), '户主' || id, 'ACTIVE',
						       'bench', now(), 'bench2', now()
						from bench_accounts
						""")
				.update();
		});
	}

	private long freeAccounts() {
		return this.jdbc.sql("""
				select count(*) from service_account a where a.utility <> 'METRO' and a.status = 'OPEN'
				  and not exists (select 1 from debit_mandate m where m.account_id = a.id)
				""").query(Long.class).single();
	}

	/**
	 * The bank's answer: every 33rd debit failed for insufficient funds, the rest paid.
	 */
	private Path returnFile(DebitBatchView batch, String debitFile) throws Exception {
		Path file = Path.of("target/benchmarks/return-" + batch.batchNumber() + ".txt");
		Files.createDirectories(file.getParent());
		int count = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("H|RETURN|" + batch.batchNumber() + "|" + batch.collectionDate() + "\n");
			for (String line : debitFile.split("\n")) {
				if (!line.startsWith("D|")) {
					continue;
				}
				String[] f = line.split("\\|");
				boolean fails = count % 33 == 0;
				out.write("D|" + f[1] + "|" + (fails ? "01" : "00") + "|" + new BigDecimal(f[5]).toPlainString() + "|"
						+ (fails ? "" : "BK" + f[1]) + "\n");
				count++;
			}
			out.write("T|" + count + "\n");
		}
		return file;
	}

	private org.springframework.transaction.support.TransactionTemplate transactions() {
		return new org.springframework.transaction.support.TransactionTemplate(this.transactionManager);
	}

	@Autowired
	private org.springframework.transaction.PlatformTransactionManager transactionManager;

	private static double seconds(long started) {
		return Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0;
	}

}
