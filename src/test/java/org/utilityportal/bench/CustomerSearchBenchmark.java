package org.utilityportal.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.customer.internal.generator.CustomerDataGenerator;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.PortalHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counter search over a million customers, measured through the HTTP endpoint with a
 * signed-in clerk, one request at a time after a warm-up. Run with
 * {@code ./mvnw -Pbench verify} and {@code TEST_DB_URL} pointing at a PostgreSQL server
 * (see docs/BENCHMARKS.md); the customers are generated on the first run. Reports
 * percentiles; asserts only that every answer was right.
 */
class CustomerSearchBenchmark extends IntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(CustomerSearchBenchmark.class);

	private static final int CUSTOMERS = Integer.getInteger("bench.customers", 1_000_000);

	private static final int WARM_UP = Integer.getInteger("bench.warmup", 200);

	private static final int REQUESTS = Integer.getInteger("bench.requests", 1000);

	@Autowired
	private CustomerDataGenerator generator;

	private final List<String> cpu = new ArrayList<>();

	@Test
	void counterSearchAtScale() throws IOException, InterruptedException {
		String generation = generateIfNeeded();
		PortalHttp clerk = new PortalHttp(this.port).signIn("counter1", DEMO_PASSWORD);
		String loadBefore = loadAverage();
		long[] workBefore = databaseWork();
		List<Latencies> results = new ArrayList<>();
		results.add(measure(clerk, "mobile number",
				sample("select number from customer_mobile tablesample system (1) where position = 0 limit 2000")));
		results.add(measure(clerk, "account number",
				sample("select account_number from service_account tablesample system (1) limit 2000")));
		results.add(measure(clerk, "identity tail (last 4)",
				sample("select right(id_number, 4) from customer tablesample system (1) limit 2000")));
		results.add(measure(clerk, "partial name (2 characters)", sample(
				"select right(name, 2) from customer tablesample system (1) where length(name) = 3 and id_type = 'RESIDENT_ID' limit 2000")));
		results.add(measure(clerk, "surname (1 character)", sample(
				"select left(name, 1) from customer tablesample system (1) where id_type = 'RESIDENT_ID' limit 2000")));
		List<String> pages = sample(
				"select '/counter/customers/' || id from customer tablesample system (1) limit 2000");
		results.add(measurePaths(clerk, "customer page", pages));
		String loadAfter = loadAverage();
		long[] workAfter = databaseWork();
		double requests = results.size() * (double) (WARM_UP + REQUESTS);
		String work = "%.2f commits and %.3f session row updates a request (PostgreSQL's counters), load average %s before, %s after"
			.formatted((workAfter[0] - workBefore[0]) / requests, (workAfter[1] - workBefore[1]) / requests, loadBefore,
					loadAfter);
		report(generation, work, results);
	}

	private String generateIfNeeded() {
		long existing = this.jdbc.sql("select count(*) from customer").query(Long.class).single();
		if (existing >= CUSTOMERS) {
			return "already present: " + existing + " customers";
		}
		Duration took = this.generator.generate((int) (CUSTOMERS - existing), 2026);
		return "generated " + (CUSTOMERS - existing) + " customers in " + took.toSeconds() + " s";
	}

	private List<String> sample(String sql) {
		List<String> values = this.jdbc.sql(sql).query(String.class).list();
		assertThat(values).as(sql).hasSizeGreaterThan(100);
		return values;
	}

	private Latencies measure(PortalHttp clerk, String name, List<String> queries) {
		return measurePaths(clerk, name,
				queries.stream()
					.map((query) -> "/counter/customers?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
					.toList());
	}

	private Latencies measurePaths(PortalHttp clerk, String name, List<String> paths) {
		for (int i = 0; i < WARM_UP; i++) {
			assertThat(clerk.get(paths.get(i % paths.size()), "zh-CN").status()).isEqualTo(200);
		}
		long jvmBefore = jvmCpuNanos();
		long[] nanos = new long[REQUESTS];
		for (int i = 0; i < REQUESTS; i++) {
			String path = paths.get((i * 7 + 3) % paths.size());
			long started = System.nanoTime();
			PortalHttp.Page page = clerk.get(path, "zh-CN");
			nanos[i] = System.nanoTime() - started;
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.body()).as(path).doesNotContain("没有找到符合条件的客户");
		}
		Latencies latencies = Latencies.of(name, nanos);
		double jvmMillis = (jvmCpuNanos() - jvmBefore) / 1e6 / REQUESTS;
		this.cpu.add("| %s | %.2f |".formatted(name, jvmMillis));
		log.info("Benchmark {}, processor ms a request: JVM {}", latencies, jvmMillis);
		return latencies;
	}

	/**
	 * Processor time of this JVM (server and client in one): far less sensitive to a busy
	 * machine than the latencies.
	 */
	private static long jvmCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/**
	 * PostgreSQL's count of committed transactions in this database and of updated
	 * session rows. Its statistics reach the counters when a connection has been idle up
	 * to ten seconds, hence the wait.
	 */
	private long[] databaseWork() throws InterruptedException {
		Thread.sleep(11_000);
		return this.jdbc.sql("""
				select (select xact_commit from pg_stat_database where datname = current_database()),
				       (select n_tup_upd from pg_stat_user_tables where relname = 'spring_session')
				""").query((row, index) -> new long[] { row.getLong(1), row.getLong(2) }).single();
	}

	/** The machine's load average over 1, 5 and 15 minutes (Linux), else "unknown". */
	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " / " + parts[1] + " / " + parts[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private void report(String generation, String work, List<Latencies> results) throws IOException {
		long customers = this.jdbc.sql("select count(*) from customer").query(Long.class).single();
		long accounts = this.jdbc.sql("select count(*) from service_account").query(Long.class).single();
		String server = this.jdbc.sql("show server_version").query(String.class).single();
		StringBuilder report = new StringBuilder();
		report.append("Customers: ").append(customers).append(", accounts: ").append(accounts);
		report.append(", PostgreSQL ").append(server).append(", data: ").append(generation).append("\n");
		report.append(work).append("\n\n");
		report.append("| search | requests | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
		results.forEach((result) -> report.append(result.markdownRow()).append('\n'));
		report.append("\n| processor time a request | JVM (server and client) ms |\n|---|---|\n");
		this.cpu.forEach((row) -> report.append(row).append('\n'));
		Path file = Path.of("target", "benchmarks", "customer-search.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
		log.info("Benchmark results ({}):\n{}", file, report);
	}

}
