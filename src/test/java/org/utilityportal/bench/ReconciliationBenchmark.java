package org.utilityportal.bench;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.payment.ReconcileResult;
import org.utilityportal.payment.Reconciliations;
import org.utilityportal.shared.db.CopyRows;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reconciling a provider's statement of 1,000,000 payments (issue 11: under 60 s). Run
 * with {@code ./mvnw -Pbench verify -Dit.test=ReconciliationBenchmark} and
 * {@code TEST_DB_URL} (docs/BENCHMARKS.md); {@code -Dbench.statementRows=…} changes the
 * scale. Each run takes a day of its own: it writes that many paid orders of the sandbox
 * provider for the day with COPY, and a statement file that matches all but 100 orders it
 * leaves out, 100 amounts it changes and 100 lines the portal never saw; then it times
 * the whole reconciliation as a supervisor starts it (reading and checking the file,
 * storing its lines, comparing, writing the differences). Asserts the counts; reports the
 * time.
 */
class ReconciliationBenchmark extends IntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(ReconciliationBenchmark.class);

	private static final int ROWS = Integer.getInteger("bench.statementRows", 1_000_000);

	private static final int DIFFERENCES = 100;

	@Autowired
	private Reconciliations reconciliations;

	@Autowired
	private DataSource dataSource;

	@Test
	void reconcileAStatementOfAMillionPayments() throws Exception {
		ZoneId zone = this.clock.getZone();
		long run = this.jdbc.sql("select count(*) from reconciliation").query(Long.class).single();
		LocalDate day = LocalDate.of(2100, 1, 1).plusDays(run);
		long started = System.nanoTime();
		BigDecimal[] amounts = orders(day, zone);
		double generated = seconds(started);
		Path file = statement(day, amounts);

		started = System.nanoTime();
		ReconcileResult result;
		try (InputStream in = Files.newInputStream(file)) {
			result = this.reconciliations.reconcile("sandbox", day, in, file.getFileName().toString(), "bench");
		}
		double took = seconds(started);
		assertThat(result.problems()).isEmpty();
		var r = result.reconciliation();
		assertThat(r.statementCount()).isEqualTo(ROWS);
		assertThat(r.matched()).isEqualTo(ROWS - 2 * DIFFERENCES);
		assertThat(r.missingInStatement()).isEqualTo(DIFFERENCES);
		assertThat(r.amountDifferences()).isEqualTo(DIFFERENCES);
		assertThat(r.missingInPortal()).isEqualTo(DIFFERENCES);
		String line = String.format("| %,d | %,d | %d / %d / %d | %.1f | %.1f | %s |", ROWS, r.matched(),
				r.missingInPortal(), r.missingInStatement(), r.amountDifferences(), took, generated,
				this.jdbc.sql("show server_version").query(String.class).single());
		log.info("Reconciliation: {}", line);
		Files.createDirectories(Path.of("target/benchmarks"));
		Files.writeString(Path.of("target/benchmarks/reconciliation.md"),
				"| statement lines | matched | missing in portal / in statement / amounts differ | reconcile s "
						+ "| orders generated s | PostgreSQL |\n|---|---|---|---|---|---|\n" + line + "\n");
	}

	/** The sandbox orders paid on the day, written with COPY; returns their amounts. */
	private BigDecimal[] orders(LocalDate day, ZoneId zone) throws Exception {
		SplittableRandom random = new SplittableRandom(day.toEpochDay());
		BigDecimal[] amounts = new BigDecimal[ROWS];
		Instant start = day.atStartOfDay(zone).toInstant();
		String prefix = "PB" + day.toString().replace("-", "");
		try (Connection connection = this.dataSource.getConnection()) {
			PGConnection copy = connection.unwrap(PGConnection.class);
			CopyRows rows = new CopyRows("payment_order", "order_number, customer_id, account_id, amount, currency, "
					+ "provider, status, created_by, created_at, expires_at, idempotency_key, provider_txn_id, paid_at, "
					+ "receipt_number, confirmed_by");
			for (int i = 0; i < ROWS; i++) {
				amounts[i] = BigDecimal.valueOf(random.nextInt(1_000, 90_000), 2);
				Instant paid = start.plusMillis(i * 80L);
				rows.add(prefix + String.format("%08d", i), 1, 1, amounts[i], "CNY", "sandbox", "PAID", "bench", paid,
						paid.plusSeconds(900), prefix + "-" + i, "TX" + prefix + i, paid, "RBENCH", "NOTIFICATION");
				if (rows.size() == 50_000) {
					rows.flush(copy.getCopyAPI());
				}
			}
			rows.flush(copy.getCopyAPI());
		}
		this.jdbc.sql("analyze payment_order").update();
		return amounts;
	}

	/**
	 * The provider's statement: all but the first 100, 100 amounts changed, 100 unknown.
	 */
	private Path statement(LocalDate day, BigDecimal[] amounts) throws Exception {
		String prefix = "PB" + day.toString().replace("-", "");
		Path file = Path.of("target/benchmarks/statement-" + day + ".txt");
		Files.createDirectories(file.getParent());
		BigDecimal total = BigDecimal.TEN.multiply(BigDecimal.valueOf(DIFFERENCES));
		for (int i = DIFFERENCES; i < ROWS; i++) {
			total = total.add((i < 2 * DIFFERENCES) ? amounts[i].add(BigDecimal.ONE) : amounts[i]);
		}
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("H|STATEMENT|SANDBOX|" + day + "|" + ROWS + "|" + total + "\n");
			for (int i = DIFFERENCES; i < ROWS; i++) {
				BigDecimal amount = (i < 2 * DIFFERENCES) ? amounts[i].add(BigDecimal.ONE) : amounts[i];
				out.write("D|" + prefix + String.format("%08d", i) + "|TX" + prefix + i + "|" + amount + "|" + day
						+ "T12:00:00+08:00\n");
			}
			for (int i = 0; i < DIFFERENCES; i++) {
				out.write("D|PX" + prefix + i + "|TXX" + i + "|10.00|" + day + "T13:00:00+08:00\n");
			}
			out.write("T|" + ROWS + "|" + total + "\n");
		}
		return file;
	}

	private static double seconds(long started) {
		return (System.nanoTime() - started) / 1e9;
	}

}
