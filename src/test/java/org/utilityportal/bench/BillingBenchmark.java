package org.utilityportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.billing.BillingRunView;
import org.utilityportal.billing.BillingRuns;
import org.utilityportal.customer.internal.generator.CustomerDataGenerator;
import org.utilityportal.identity.CustomerLogins;
import org.utilityportal.metering.internal.generator.ReadingDataGenerator;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.PortalHttp;
import org.utilityportal.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The billing run over a million accounts with two years of readings, and the customer's
 * bill page under 32 concurrent clients. Run with {@code ./mvnw -Pbench verify
 * -Dit.test=BillingBenchmark} and {@code TEST_DB_URL} pointing at a PostgreSQL database
 * of its own (see docs/BENCHMARKS.md); customers and readings are generated on the first
 * run. Steps:
 * <ol>
 * <li>customers until at least {@code bench.accounts} metered accounts are due in the
 * measured month (a quarter's last month, so the quarterly water accounts are due too),
 * and 24 months of readings for every one of them;</li>
 * <li>the run for the month before, so most accounts carry a previous bill as in real
 * life, then the measured run: bills per second over the whole job;</li>
 * <li>the same bill and line rows inserted again with plain JDBC batches, in the same
 * chunks, into copies of the tables with the same indexes: the ratio says what the
 * billing logic costs over the bare writes;</li>
 * <li>{@code wrk} with 32 connections for 30 s on the bill pages of 200 signed-in
 * customers (each asks only for its own bills).</li>
 * </ol>
 * Asserts that every due account got a bill or a recorded reason and that every page
 * answered 200; reports figures, never asserts timings.
 */
class BillingBenchmark extends IntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(BillingBenchmark.class);

	private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 1_000_000);

	/**
	 * Months of readings: by default two years up to last month. Fewer (at least 4) end
	 * with the measured month, which is all the two runs read: the opening reading of a
	 * quarter's bills is the one at the end of the quarter before, three months earlier.
	 */
	private static final int MONTHS = Integer.getInteger("bench.readings.months", 24);

	/**
	 * Whether the month before the measured one is billed first, so that most bills of
	 * the measured run carry a previous bill as in real life (default); without it every
	 * bill of the measured run is the account's first.
	 */
	private static final boolean HISTORY = Boolean.parseBoolean(System.getProperty("bench.billing.history", "true"));

	private static final int CHUNK = 500;

	/** Ranges the run bills side by side ({@code portal.billing.partitions}, default). */
	private static final int PARTITIONS = 2;

	private static final int CUSTOMERS_ON_PAGE_TEST = 200;

	private static final String WRK_DURATION = System.getProperty("bench.wrk.duration", "30s");

	private static final String WRK_WARM_UP = System.getProperty("bench.wrk.warmup", "60s");

	/**
	 * Only the bill page (on a database whose runs are complete): skips the plain-insert
	 * comparison, which reads every bill of the run into memory.
	 */
	private static final boolean PAGE_ONLY = Boolean.getBoolean("bench.billing.page-only");

	/**
	 * Only the data and the run of the month before the measured one, then stop: a
	 * database to copy ({@code createdb -T}) for comparing versions of the measured run
	 * on the same data, back to back.
	 */
	private static final boolean PREPARE_ONLY = Boolean.getBoolean("bench.billing.prepare-only");

	/**
	 * Only the measured run (no bill page, no plain-insert comparison), reported with its
	 * bill lines by kind: for comparing versions of the run back to back on copies of one
	 * database, and for profiling it.
	 */
	private static final boolean RUN_ONLY = Boolean.getBoolean("bench.billing.run-only");

	@Autowired
	private CustomerDataGenerator customerGenerator;

	@Autowired
	private ReadingDataGenerator readingGenerator;

	@Autowired
	private BillingRuns runs;

	@Autowired
	private CustomerLogins logins;

	@Autowired
	private JdbcTemplate jdbcTemplate;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void billingRunAndBillPage() throws Exception {
		YearMonth lastRead = YearMonth.now(this.clock).minusMonths(1);
		LocalDate measured = lastRead
			.minusMonths((lastRead.getMonthValue() % 3 == 0) ? 0 : lastRead.getMonthValue() % 3)
			.atDay(1);
		LocalDate before = measured.minusMonths(1);
		List<String> report = new ArrayList<>();
		report.add(generate(measured, lastRead));

		BillingRunView history = HISTORY ? runOnce(before) : null;
		if (PREPARE_ONLY) {
			log.info("Prepared (data and the run of {}):\n{}", before, report.getFirst());
			return;
		}
		long unbilled = this.jdbc.sql("""
				select count(*) from service_account a
				where a.utility <> 'METRO' and a.status = 'OPEN' and a.opened_on < ?
				  and a.billing_cycle in ('MONTHLY', 'QUARTERLY')
				  and not exists (select 1 from bill x where x.account_id = a.id and x.period_to >= ?)
				""").params(measured.plusMonths(1), measured.plusMonths(1)).query(Long.class).single();
		long[] workBefore = runWork(0);
		BillingRunView run = runOnce(measured);
		long[] work = runWork(2_000);
		// Every account due got a bill or a recorded reason.
		assertThat(run.accountsRead()).isGreaterThanOrEqualTo(unbilled);
		assertThat(run.billsIssued() + run.skippedTotal()).isEqualTo(run.accountsRead());
		double seconds = jobSeconds(run.id());
		report.add((history != null) ? runRow(history, before.toString().substring(0, 7) + " (previous bills: none)")
				: "| " + before.toString().substring(0, 7) + " | not run (bench.billing.history=false) | | | | |");
		report.add(runRow(run, measured.toString().substring(0, 7) + " (measured)"));
		if (RUN_ONLY) {
			long chunks = (run.accountsRead() + CHUNK - 1) / CHUNK;
			report.add(linesByKind(run.id()) + String.format(
					" Sent during the run by the portal (all threads): %d statements, %.1f a chunk of %d accounts "
							+ "(a JDBC batch counts once, COPY not at all); PostgreSQL committed %d transactions, "
							+ "%.1f a chunk.",
					work[0] - workBefore[0], (work[0] - workBefore[0]) / (double) chunks, CHUNK,
					work[1] - workBefore[1], (work[1] - workBefore[1]) / (double) chunks));
			report.add("Bill page and plain-insert comparison: not run (bench.billing.run-only).");
			write(report);
			return;
		}
		// The bill page first: the comparison below holds millions of rows in this JVM's
		// heap.
		String billPage = billPage(run.id());
		if (PAGE_ONLY) {
			report.add("Plain JDBC batch insert comparison: not run (bench.billing.page-only).");
			report.add(billPage);
			write(report);
			return;
		}
		List<RowChunk> rows = rowsOf(run.id());
		double plain = plainInsertSeconds(rows, 1);
		double plainSideBySide = plainInsertSeconds(rows, PARTITIONS);
		report.add(String.format(
				"Plain JDBC batch insert of the same %d bills and %d lines (chunks of %d, one transaction each, "
						+ "same indexes): on one connection %.1f s, %.0f bills/s, the billing run takes %.2f× as long; "
						+ "on %d connections side by side, as the run works, %.1f s, %.0f bills/s, the run takes %.2f× "
						+ "as long.",
				run.billsIssued(), lines(run.id()), CHUNK, plain, run.billsIssued() / plain, seconds / plain,
				PARTITIONS, plainSideBySide, run.billsIssued() / plainSideBySide, seconds / plainSideBySide));
		report.add(billPage);
		write(report);
	}

	/** A row of the runs' table: accounts read, bills, skips, seconds, bills a second. */
	private String runRow(BillingRunView run, String label) {
		double seconds = jobSeconds(run.id());
		return String.format("| %s | %d | %d | %s | %.1f | %.0f |", label, run.accountsRead(), run.billsIssued(),
				skips(run), seconds, run.billsIssued() / seconds);
	}

	private String generate(LocalDate measured, YearMonth lastRead) {
		long started = System.nanoTime();
		long due = dueAccounts(measured);
		long customers = 0;
		while (due < ACCOUNTS) {
			// About 1.5 metered accounts due per customer in a quarter's last month.
			int count = (int) Math.max(10_000, (ACCOUNTS - due) / 1.5 + 1_000);
			this.customerGenerator.generate(count, 2026 + customers);
			customers += count;
			due = dueAccounts(measured);
		}
		Duration customersTook = Duration.ofNanos(System.nanoTime() - started);
		YearMonth lastReading = (MONTHS < 24) ? YearMonth.from(measured) : lastRead;
		ReadingDataGenerator.Result readings = this.readingGenerator.generate(lastReading, MONTHS, 2026);
		long allReadings = this.jdbc.sql("select count(*) from meter_reading").query(Long.class).single();
		return String.format(
				"Data: %d metered accounts due in %s; %s; %s (%d months up to %s); %d meter readings in all, PostgreSQL %s.",
				due, measured.toString().substring(0, 7),
				(customers > 0) ? "generated " + customers + " customers in " + customersTook.toSeconds() + " s"
						: "customers already present",
				(readings.readings() > 0)
						? "generated " + readings.readings() + " readings in " + readings.took().toSeconds() + " s"
						: "readings already present",
				MONTHS, lastReading, allReadings, this.jdbc.sql("show server_version").query(String.class).single());
	}

	private long dueAccounts(LocalDate month) {
		return this.jdbc
			.sql("""
					select count(*) from service_account
					where utility <> 'METRO' and status = 'OPEN' and opened_on < ? and billing_cycle in ('MONTHLY', 'QUARTERLY')
					""")
			.param(month.plusMonths(1))
			.query(Long.class)
			.single();
	}

	/** Runs the month unless a completed run exists (a rerun of the benchmark). */
	private BillingRunView runOnce(LocalDate month) {
		var done = this.jdbc.sql("""
				select id from billing_run where billing_month = ? and status = 'COMPLETED' and started_by = 'bench'
				order by id desc limit 1
				""").param(month).query(Long.class).optional();
		if (done.isPresent()) {
			return this.runs.run(done.get());
		}
		Instant issuedAt = month.plusMonths(1).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		BillingRunView run = this.runs.runAndWait(month, "bench", issuedAt);
		log.info("Billing run {}: {}", month, run);
		assertThat(run.status()).isEqualTo("COMPLETED");
		return run;
	}

	/**
	 * How long the run's job took, from the job repository (the run's own start time is
	 * the issue time it was given).
	 */
	private double jobSeconds(long runId) {
		return this.jdbc.sql("""
				select extract(epoch from (max(e.end_time) - min(e.start_time)))
				from batch_job_execution e
				join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
				where p.parameter_name = 'runId' and p.parameter_value = ?
				""").param(Long.toString(runId)).query(Double.class).single();
	}

	private static String skips(BillingRunView run) {
		return run.skipped().isEmpty() ? "—" : run.skipped().toString();
	}

	private long lines(long runId) {
		return this.jdbc.sql("select count(*) from bill_line l join bill b on b.id = l.bill_id where b.run_id = ?")
			.param(runId)
			.query(Long.class)
			.single();
	}

	/**
	 * The statements the portal has sent so far (all threads) and the transactions
	 * PostgreSQL has committed in this database, after waiting a moment for its counters.
	 */
	private long[] runWork(long waitMillis) throws InterruptedException {
		Thread.sleep(waitMillis);
		long statements = StatementCounter.allThreads();
		long commits = this.jdbc.sql("select xact_commit from pg_stat_database where datname = current_database()")
			.query(Long.class)
			.single();
		return new long[] { statements, commits };
	}

	/** The run's bill lines, in all and by kind. */
	private String linesByKind(long runId) {
		List<String> kinds = this.jdbc.sql("""
				select l.kind || ' ' || count(*) from bill_line l join bill b on b.id = l.bill_id where b.run_id = ?
				group by l.kind order by count(*) desc
				""").param(runId).query(String.class).list();
		return "Bill lines of the measured run: " + lines(runId) + " (" + String.join(", ", kinds) + ").";
	}

	/**
	 * Inserts the run's bills and lines again into copies of the tables, in chunks of the
	 * job's size, one transaction each, on {@code connections} connections side by side
	 * (the chunks dealt out in turn). The rows are read into memory first; only the
	 * inserts are timed.
	 */
	private double plainInsertSeconds(List<RowChunk> chunks, int connections) throws InterruptedException {
		this.jdbc.sql("drop table if exists bench_bill_line").update();
		this.jdbc.sql("drop table if exists bench_bill").update();
		this.jdbc.sql("create table bench_bill (like bill including all)").update();
		this.jdbc.sql("create table bench_bill_line (like bill_line including all)").update();
		List<Thread> threads = new ArrayList<>();
		long started = System.nanoTime();
		for (int connection = 0; connection < connections; connection++) {
			int first = connection;
			threads.add(Thread.ofPlatform().start(() -> {
				for (int i = first; i < chunks.size(); i += connections) {
					RowChunk chunk = chunks.get(i);
					this.transactions.executeWithoutResult((status) -> {
						this.jdbcTemplate.batchUpdate(insert("bench_bill", BILL_COLUMNS), chunk.bills());
						this.jdbcTemplate.batchUpdate(insert("bench_bill_line", LINE_COLUMNS), chunk.lines());
					});
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		assertThat(this.jdbc.sql("select count(*) from bench_bill").query(Long.class).single())
			.isEqualTo(chunks.stream().mapToLong((chunk) -> chunk.bills().size()).sum());
		this.jdbc.sql("drop table bench_bill_line").update();
		this.jdbc.sql("drop table bench_bill").update();
		return seconds;
	}

	/** The run's bills and lines, read in chunks of the job's size. */
	private List<RowChunk> rowsOf(long runId) {
		List<Long> ids = this.jdbc.sql("select id from bill where run_id = ? order by id")
			.param(runId)
			.query(Long.class)
			.list();
		List<RowChunk> chunks = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			long first = ids.get(from);
			long last = ids.get(Math.min(ids.size(), from + CHUNK) - 1);
			chunks
				.add(new RowChunk(
						rows("select " + BILL_COLUMNS + " from bill where id between ? and ? order by id", first, last),
						rows("select " + LINE_COLUMNS
								+ " from bill_line where bill_id between ? and ? order by bill_id, line_no", first,
								last)));
		}
		return chunks;
	}

	private record RowChunk(List<Object[]> bills, List<Object[]> lines) {
	}

	private static final String BILL_COLUMNS = "id, bill_number, account_id, customer_id, utility, tariff_category, "
			+ "period_from, period_to, issued_at, due_date, run_id, opening_reading_id, opening_on, opening_total, "
			+ "opening_source, closing_reading_id, closing_on, closing_total, closing_source, consumption, unit, "
			+ "year_consumption, charges, previous_due, paid_since, amount_due";

	private static final String LINE_COLUMNS = "bill_id, line_no, kind, step, band, season, name_zh, name_en, "
			+ "quantity, unit, unit_price, amount, tariff_version_id, document_number, covers_from, covers_to";

	private List<Object[]> rows(String sql, long first, long last) {
		return this.jdbcTemplate.query(sql, (row, index) -> {
			Object[] values = new Object[row.getMetaData().getColumnCount()];
			for (int i = 0; i < values.length; i++) {
				values[i] = row.getObject(i + 1);
			}
			return values;
		}, first, last);
	}

	private static String insert(String table, String columns) {
		return "insert into " + table + " (" + columns + ") values (" + "?, ".repeat(columns.split(",").length - 1)
				+ "?)";
	}

	/**
	 * Signs in customers with bills from the run, checks each sees its own bill, then
	 * lets wrk ask for those pages with 32 connections.
	 */
	private String billPage(long runId) throws IOException, InterruptedException {
		List<long[]> picked = this.jdbc.sql("""
				select distinct on (b.customer_id) b.customer_id, b.id from bill b tablesample system (1)
				where b.run_id = ? order by b.customer_id limit ?
				""")
			.params(runId, CUSTOMERS_ON_PAGE_TEST)
			.query((row, index) -> new long[] { row.getLong(1), row.getLong(2) })
			.list();
		StringBuilder table = new StringBuilder();
		for (long[] customerAndBill : picked) {
			String username = "bench" + customerAndBill[0];
			this.logins.register(customerAndBill[0], username, "Bench#2026", username);
			PortalHttp customer = new PortalHttp(this.port).signIn(username, "Bench#2026");
			String number = this.jdbc.sql("select bill_number from bill where id = ?")
				.param(customerAndBill[1])
				.query(String.class)
				.single();
			String path = "/my/bills/" + number;
			PortalHttp.Page page = customer.get(path, "zh-CN");
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.body()).contains(number);
			table.append("  {\"").append(customer.cookie("JSESSIONID")).append("\", \"").append(path).append("\"},\n");
		}
		Path script = Path.of("target", "benchmarks", "bill-page.lua");
		Files.createDirectories(script.getParent());
		Files.writeString(script,
				"""
						local pages = {
						%s}
						local n = 0
						request = function()
						  n = n + 1
						  local page = pages[(n %% #pages) + 1]
						  return wrk.format("GET", page[2], { ["Cookie"] = "JSESSIONID=" .. page[1], ["Accept-Language"] = "zh-CN" })
						end
						done = function(summary, latency, requests)
						  io.write(string.format("RESULT %%d %%d %%.2f %%.2f %%.2f %%.2f %%.2f %%.1f\\n", summary.requests,
						    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
						      + summary.errors.timeout,
						    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
						    latency.max / 1000, latency.mean / 1000, summary.requests / (summary.duration / 1e6)))
						end
						"""
					.formatted(table));
		String base = "http://127.0.0.1:" + this.port;
		wrk(script, base, WRK_WARM_UP);
		long[] before = databaseWork();
		long cpuBefore = jvmCpuNanos();
		long allocatedBefore = allocatedBytes();
		String[] result = wrk(script, base, WRK_DURATION);
		long cpuAfter = jvmCpuNanos();
		long allocatedAfter = allocatedBytes();
		long[] after = databaseWork();
		// Logged before the check below: on a busy machine wrk times out and the
		// processor time and allocation per page are still worth having.
		log.info("Bill page: {} pages answered to wrk, JVM {} ms of processor time and {} kB allocated a page",
				result[1], (cpuAfter - cpuBefore) / 1e6 / Long.parseLong(result[1]),
				(allocatedAfter - allocatedBefore) / 1024 / Long.parseLong(result[1]));
		assertThat(Long.parseLong(result[2])).as("failed requests").isZero();
		double pages = Long.parseLong(result[1]);
		return String
			.format("Bill page `GET /my/bills/{number}`, wrk 2 threads, 32 connections, %s, %d customers' sessions "
					+ "(after a %s warm-up): %s requests, %s req/s; p50 %s ms, p95 **%s ms**, p99 %s ms, max %s ms, "
					+ "mean %s ms; errors %s. PostgreSQL per page: %.2f commits, %.2f rows of spring_session "
					+ "updated. This JVM per page: %.2f ms of processor time, %.0f kB allocated.", WRK_DURATION,
					picked.size(), WRK_WARM_UP, result[1], result[8], result[3], result[4], result[5], result[6],
					result[7], result[2], (after[0] - before[0]) / pages, (after[1] - before[1]) / pages,
					(cpuAfter - cpuBefore) / 1e6 / pages, (allocatedAfter - allocatedBefore) / 1024.0 / pages);
	}

	/**
	 * The database's commits and the session rows updated so far (PostgreSQL's
	 * statistics, read after a pause: an idle connection publishes its counts within 10
	 * s).
	 */
	private long[] databaseWork() throws InterruptedException {
		Thread.sleep(11_000);
		return this.jdbc.sql("""
				select (select xact_commit from pg_stat_database where datname = current_database()),
				       (select n_tup_upd from pg_stat_user_tables where relname = 'spring_session')
				""").query((row, index) -> new long[] { row.getLong(1), row.getLong(2) }).single();
	}

	/**
	 * Processor time of this JVM (the portal; wrk is a process of its own): far less
	 * sensitive to a busy machine than the latencies.
	 */
	private static long jvmCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/** Bytes allocated so far by all threads of this JVM. */
	private static long allocatedBytes() {
		return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
			.getTotalThreadAllocatedBytes();
	}

	private String[] wrk(Path script, String base, String duration) throws IOException, InterruptedException {
		Process wrk = new ProcessBuilder("wrk", "-t2", "-c32", "-d" + duration, "--latency", "-s",
				script.toAbsolutePath().toString(), base)
			.redirectErrorStream(true)
			.start();
		String output = new String(wrk.getInputStream().readAllBytes());
		assertThat(wrk.waitFor(5, TimeUnit.MINUTES)).isTrue();
		log.info("wrk {}:\n{}", duration, output);
		String line = output.lines()
			.filter((candidate) -> candidate.startsWith("RESULT "))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("wrk gave no result:\n" + output));
		return line.split(" ");
	}

	private void write(List<String> report) throws IOException {
		StringBuilder text = new StringBuilder(report.get(0)).append("\n\n");
		text.append("| run | accounts read | bills | skipped | seconds | bills/s |\n|---|---|---|---|---|---|\n");
		text.append(report.get(1)).append('\n').append(report.get(2)).append("\n\n");
		text.append(report.get(3)).append("\n\n").append(report.get(4)).append('\n');
		Path file = Path.of("target", "benchmarks", "billing.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		log.info("Benchmark results ({}):\n{}", file, text);
	}

}
