package org.utilityportal.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.customer.IdentityDocuments;
import org.utilityportal.dataimport.GoLiveImports;
import org.utilityportal.dataimport.ImportRunView;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The go-live import at scale (issue 10: 1,000,000 customers with 1.6 accounts each in
 * under 5 minutes): writes a GBK legacy file of {@code bench.import.customers} customers
 * (electricity 92%, water 42%, gas 20%, at least one account each; about 1.6 per
 * customer), with an opening reading per account and an opening balance on every fifth,
 * then times the dry run and the import through the facade the page uses. Run with
 * {@code ./mvnw -Pbench verify -Dit.test=GoLiveImportBenchmark} and {@code TEST_DB_URL}
 * (see docs/BENCHMARKS.md). Asserts only that everything was imported.
 */
class GoLiveImportBenchmark extends IntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(GoLiveImportBenchmark.class);

	private static final int CUSTOMERS = Integer.getInteger("bench.import.customers", 1_000_000);

	private static final String REGION = "119901";

	@Autowired
	private GoLiveImports imports;

	@Test
	void importsALegacyFileOfAMillionCustomers() throws Exception {
		long base = this.jdbc.sql("select count(*) from customer where id_number like ?")
			.param(REGION + "%")
			.query(Long.class)
			.single();
		Path file = Files.createTempFile("golive-bench-", ".csv");
		long rows = write(file, base);
		log.info("Benchmark file: {} customers, {} accounts, {} MB", CUSTOMERS, rows, Files.size(file) >> 20);

		long started = System.nanoTime();
		long runId;
		try (InputStream in = Files.newInputStream(file)) {
			runId = this.imports.upload("benchmark.csv", in, "AUTO", "admin1");
		}
		ImportRunView checked = await(runId);
		Duration dryRun = Duration.ofNanos(System.nanoTime() - started);
		assertThat(checked.rejectedRows()).as("rejected rows").isZero();
		assertThat(checked.charset()).isEqualTo("GBK");

		started = System.nanoTime();
		assertThat(this.imports.startImport(runId, checked.version(), "admin1")).isNull();
		ImportRunView imported = await(runId);
		Duration load = Duration.ofNanos(System.nanoTime() - started);
		assertThat(imported.status()).isEqualTo("IMPORTED");
		assertThat(imported.customersAdded()).isEqualTo(CUSTOMERS);
		assertThat(imported.accountsAdded()).isEqualTo(rows);
		assertThat(imported.readingsAdded()).isEqualTo(rows);
		Files.delete(file);
		report(rows, dryRun, load);
	}

	private long write(Path file, long base) throws IOException {
		java.util.SplittableRandom random = new java.util.SplittableRandom(2026);
		LocalDate readOn = LocalDate.now(this.clock).withDayOfMonth(1);
		String tag = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
		long accounts = 0;
		try (BufferedWriter out = Files.newBufferedWriter(file, Charset.forName("GBK"))) {
			out.write(org.utilityportal.dataimport.LegacyFiles.HEADER);
			out.write("\r\n");
			for (long i = 0; i < CUSTOMERS; i++) {
				long g = base + i;
				String first17 = REGION + LocalDate.of(1950, 1, 1).plusDays(g / 1000).toString().replace("-", "")
						+ String.format("%03d", g % 1000);
				String customer = "客户" + g + ",居民,身份证," + first17 + IdentityDocuments.residentCheckCharacter(first17)
						+ "," + String.format("139%08d", g % 100_000_000) + ",北京市朝阳区望京西园" + (g % 400) + "号楼";
				boolean any = false;
				for (String[] utility : List.of(new String[] { "电力", "DB", "92" }, new String[] { "供水", "SB", "42" },
						new String[] { "燃气", "QB", "20" })) {
					if (random.nextInt(100) >= Integer.parseInt(utility[2]) && (any || !utility[1].equals("QB"))) {
						continue;
					}
					any = true;
					String legacy = tag + "-" + utility[1] + g;
					String balance = (accounts % 5 == 0) ? "86.40," + readOn.minusDays(30) : ",";
					out.write(
							customer + "," + utility[0] + "," + legacy + ",北京市朝阳区望京西园" + (g % 400) + "号楼," + utility[1]
									+ tag + g + ",居民," + (utility[1].equals("SB") ? "季" : "月") + ",2016-01-01," + readOn
									+ "," + random.nextInt(90_000) + "." + random.nextInt(10) + "," + balance + "\r\n");
					accounts++;
				}
			}
		}
		return accounts;
	}

	private ImportRunView await(long runId) throws InterruptedException {
		ImportRunView run = this.imports.run(runId);
		while (run.working()) {
			Thread.sleep(500);
			run = this.imports.run(runId);
		}
		return run;
	}

	private void report(long accounts, Duration dryRun, Duration load) throws IOException {
		String server = this.jdbc.sql("show server_version").query(String.class).single();
		long total = this.jdbc.sql("select count(*) from customer").query(Long.class).single();
		String table = """
				Customers: %d, accounts: %d (%.2f per customer), PostgreSQL %s, customers in the database after: %d

				| step | seconds | rows/s |
				|---|---|---|
				| dry run (parse, check, look up the portal) | %.1f | %.0f |
				| import (check again, write everything in one transaction) | %.1f | %.0f |
				| both | %.1f | |
				""".formatted(CUSTOMERS, accounts, (double) accounts / CUSTOMERS, server, total,
				dryRun.toMillis() / 1000.0, accounts * 1000.0 / Math.max(1, dryRun.toMillis()),
				load.toMillis() / 1000.0, accounts * 1000.0 / Math.max(1, load.toMillis()),
				(dryRun.toMillis() + load.toMillis()) / 1000.0);
		Path out = Path.of("target", "benchmarks", "golive-import.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, table);
		log.info("Benchmark results ({}):\n{}", out, table);
	}

}
