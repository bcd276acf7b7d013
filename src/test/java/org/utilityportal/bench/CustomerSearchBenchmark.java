package org.utilityportal.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.utilityportal.customer.internal.generator.CustomerDataGenerator;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.PortalHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counter search over a million customers, measured through the HTTP endpoint with a
 * signed-in clerk, one request at a time. Run with {@code ./mvnw -Pbench verify} and
 * {@code TEST_DB_URL} pointing at a PostgreSQL server (see docs/BENCHMARKS.md); the
 * customers are generated on the first run. Reports percentiles, and per request the
 * processor time and the memory allocated by the JVM (server and client); asserts only
 * that every answer was right.
 * <p>
 * Fair to a longer request path: the warm-up ({@code bench.warmup} requests of each kind,
 * default 1,000) runs all kinds in turn before anything is measured, and the measured
 * requests ({@code bench.requests} of each kind) also take the kinds in turn, so every
 * kind is measured with the same compiled code, whichever comes first in the table. The
 * processor time of each block of warm-up requests is logged, to see when the JIT has
 * settled. Each request is also split ({@link RequestStages}) into the controller's time
 * (the search's statements, its transaction, its access record), the view's (the page
 * rendered) and the rest (what every page shares: the filters with the session and
 * security, Tomcat, the client), so a change in one of them shows where it is. Uses only
 * what 2e0ab2d's test support has too, so the same file measures that version.
 */
@Import(RequestStages.class)
class CustomerSearchBenchmark extends IntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(CustomerSearchBenchmark.class);

	private static final int CUSTOMERS = Integer.getInteger("bench.customers", 1_000_000);

	private static final int WARM_UP = Integer.getInteger("bench.warmup", 1000);

	private static final int REQUESTS = Integer.getInteger("bench.requests", 1000);

	/** Warm-up rounds (one request of each kind) per line of the warm-up log. */
	private static final int WARM_UP_BLOCK = 100;

	@Autowired
	private CustomerDataGenerator generator;

	@Autowired
	private MeterRegistry meters;

	@Autowired
	private RequestStages stages;

	@Test
	void counterSearchAtScale() throws IOException, InterruptedException {
		String generation = generateIfNeeded();
		PortalHttp clerk = new PortalHttp(this.port).signIn("counter1", DEMO_PASSWORD);
		List<Kind> kinds = List.of(
				searches("mobile number",
						"select number from customer_mobile tablesample system (1) where position = 0 limit 2000"),
				searches("account number",
						"select account_number from service_account tablesample system (1) limit 2000"),
				searches("identity tail (last 4)",
						"select right(id_number, 4) from customer tablesample system (1) limit 2000"),
				searches("partial name (2 characters)",
						"select right(name, 2) from customer tablesample system (1) where length(name) = 3 and id_type = 'RESIDENT_ID' limit 2000"),
				searches("surname (1 character)",
						"select left(name, 1) from customer tablesample system (1) where id_type = 'RESIDENT_ID' limit 2000"),
				new Kind("customer page",
						sample("select '/counter/customers/' || id from customer tablesample system (1) limit 2000")));
		List<String> warmUp = warmUp(clerk, kinds);
		String loadBefore = loadAverage();
		long[] workBefore = databaseWork();
		long gcBefore = gcMillis();
		double[] sessionReadsBefore = sessionReads();
		// The instants bound the measured requests in a flight recording (JfrShares).
		log.info("Benchmark measured requests from {}", Instant.now());
		List<Measured> results = measure(clerk, kinds);
		log.info("Benchmark measured requests until {}", Instant.now());
		long gcAfter = gcMillis();
		double[] sessionReadsAfter = sessionReads();
		String loadAfter = loadAverage();
		long[] workAfter = databaseWork();
		double requests = kinds.size() * (double) REQUESTS;
		double sessionReads = sessionReadsAfter[0] - sessionReadsBefore[0];
		String work = ("%.2f commits and %.3f session row updates a measured request (PostgreSQL's counters), "
				+ "%s, %.2f ms of garbage collection a request, load average %s before, %s after")
			.formatted((workAfter[0] - workBefore[0]) / requests, (workAfter[1] - workBefore[1]) / requests,
					(sessionReads > 0)
							? "%.2f session reads a request taking %.3f ms each on average (portal.session.reads)"
								.formatted(sessionReads / requests,
										(sessionReadsAfter[1] - sessionReadsBefore[1]) / sessionReads)
							: "no session reads timed (sessions not in PostgreSQL)",
					(gcAfter - gcBefore) / requests, loadBefore, loadAfter);
		report(generation, work, results, warmUp);
	}

	private String generateIfNeeded() {
		long existing = this.jdbc.sql("select count(*) from customer").query(Long.class).single();
		if (existing >= CUSTOMERS) {
			return "already present: " + existing + " customers";
		}
		Duration took = this.generator.generate((int) (CUSTOMERS - existing), 2026);
		return "generated " + (CUSTOMERS - existing) + " customers in " + took.toSeconds() + " s";
	}

	private Kind searches(String name, String sql) {
		return new Kind(name,
				sample(sql).stream()
					.map((query) -> "/counter/customers?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
					.toList());
	}

	private List<String> sample(String sql) {
		List<String> values = this.jdbc.sql(sql).query(String.class).list();
		assertThat(values).as(sql).hasSizeGreaterThan(100);
		return values;
	}

	/**
	 * {@code bench.warmup} rounds of one request of each kind; returns the processor time
	 * and allocation a request of each block of rounds, which flatten once the JIT has
	 * compiled the request path.
	 */
	private List<String> warmUp(PortalHttp clerk, List<Kind> kinds) {
		List<String> blocks = new ArrayList<>();
		long cpu = jvmCpuNanos();
		long allocated = allocatedBytes();
		for (int round = 0; round < WARM_UP; round++) {
			for (Kind kind : kinds) {
				assertThat(clerk.get(kind.paths().get(round % kind.paths().size()), "zh-CN").status()).isEqualTo(200);
			}
			if ((round + 1) % WARM_UP_BLOCK == 0 || round + 1 == WARM_UP) {
				int done = (round % WARM_UP_BLOCK + 1) * kinds.size();
				blocks.add("| %d | %.2f | %.0f |".formatted((round + 1) * kinds.size(),
						(jvmCpuNanos() - cpu) / 1e6 / done, (allocatedBytes() - allocated) / 1024.0 / done));
				cpu = jvmCpuNanos();
				allocated = allocatedBytes();
			}
		}
		log.info("Benchmark warm-up, processor ms and KB allocated a request by block:\n{}", String.join("\n", blocks));
		return blocks;
	}

	/**
	 * {@code bench.requests} rounds of one request of each kind, each timed on its own.
	 */
	private List<Measured> measure(PortalHttp clerk, List<Kind> kinds) {
		long[][] nanos = new long[kinds.size()][REQUESTS];
		long[][] controller = new long[kinds.size()][REQUESTS];
		long[][] view = new long[kinds.size()][REQUESTS];
		long[][] rest = new long[kinds.size()][REQUESTS];
		long[] cpu = new long[kinds.size()];
		long[] allocated = new long[kinds.size()];
		for (int i = 0; i < REQUESTS; i++) {
			for (int k = 0; k < kinds.size(); k++) {
				List<String> paths = kinds.get(k).paths();
				String path = paths.get((i * 7 + 3) % paths.size());
				long cpuBefore = jvmCpuNanos();
				long allocatedBefore = allocatedBytes();
				long started = System.nanoTime();
				PortalHttp.Page page = clerk.get(path, "zh-CN");
				nanos[k][i] = System.nanoTime() - started;
				controller[k][i] = this.stages.controllerNanos();
				view[k][i] = this.stages.viewNanos();
				rest[k][i] = nanos[k][i] - controller[k][i] - view[k][i];
				cpu[k] += jvmCpuNanos() - cpuBefore;
				allocated[k] += allocatedBytes() - allocatedBefore;
				assertThat(page.status()).as(path).isEqualTo(200);
				assertThat(page.body()).as(path).doesNotContain("没有找到符合条件的客户");
			}
		}
		List<Measured> results = new ArrayList<>();
		for (int k = 0; k < kinds.size(); k++) {
			String name = kinds.get(k).name();
			Measured measured = new Measured(Latencies.of(name, nanos[k]), cpu[k] / 1e6 / REQUESTS,
					allocated[k] / 1024.0 / REQUESTS, Latencies.of(name, controller[k]), Latencies.of(name, view[k]),
					Latencies.of(name, rest[k]));
			log.info("Benchmark {}, a request: JVM processor {} ms, allocated {} KB", measured.latencies(),
					measured.cpuMillis(), measured.allocatedKb());
			results.add(measured);
		}
		return results;
	}

	/**
	 * Processor time of this JVM (server and client in one): far less sensitive to a busy
	 * machine than the latencies.
	 */
	private static long jvmCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** Bytes allocated so far by all threads of this JVM, server and client. */
	private static long allocatedBytes() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getTotalThreadAllocatedBytes();
	}

	/**
	 * Session reads so far and their milliseconds in all, from the portal's timer {@code
	 * portal.session.reads} (none in a version without it).
	 */
	private double[] sessionReads() {
		Timer reads = this.meters.find("portal.session.reads").timer();
		return (reads != null) ? new double[] { reads.count(), reads.totalTime(TimeUnit.MILLISECONDS) }
				: new double[] { 0, 0 };
	}

	/** Milliseconds the garbage collectors have spent so far (pauses and cycles). */
	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong((collector) -> Math.max(0, collector.getCollectionTime()))
			.sum();
	}

	/**
	 * PostgreSQL's count of committed transactions in this database and of updated
	 * session rows (0 where sessions are not in PostgreSQL). Its statistics reach the
	 * counters when a connection has been idle up to ten seconds, hence the wait.
	 */
	private long[] databaseWork() throws InterruptedException {
		Thread.sleep(11_000);
		return this.jdbc.sql("""
				select (select xact_commit from pg_stat_database where datname = current_database()),
				       coalesce((select n_tup_upd from pg_stat_user_tables where relname = 'spring_session'), 0)
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

	private void report(String generation, String work, List<Measured> results, List<String> warmUp)
			throws IOException {
		long customers = this.jdbc.sql("select count(*) from customer").query(Long.class).single();
		long accounts = this.jdbc.sql("select count(*) from service_account").query(Long.class).single();
		String server = this.jdbc.sql("show server_version").query(String.class).single();
		StringBuilder report = new StringBuilder();
		report.append("Customers: ").append(customers).append(", accounts: ").append(accounts);
		report.append(", PostgreSQL ").append(server).append(", data: ").append(generation).append("\n");
		report.append(
				"Warm-up: %d requests of each kind, then %d of each, the kinds in turn\n".formatted(WARM_UP, REQUESTS));
		report.append(work).append("\n\n");
		report.append("| search | requests | p50 ms | p95 ms | p99 ms | max ms | JVM processor ms a request "
				+ "| KB allocated a request |\n|---|---|---|---|---|---|---|---|\n");
		results.forEach((result) -> report.append(result.markdownRow()).append('\n'));
		report.append("\nWhere the time goes (ms): the controller (statements, transaction, access record), "
				+ "the view (rendering), the rest (filters with session and security, Tomcat, client)\n\n");
		report.append("| search | controller p50 | controller p95 | view p50 | view p95 | rest p50 | rest p95 |\n");
		report.append("|---|---|---|---|---|---|---|\n");
		results.forEach((result) -> report.append(result.stagesRow()).append('\n'));
		report.append("\n| warm-up requests so far | JVM processor ms a request | KB allocated a request |\n");
		report.append("|---|---|---|\n");
		warmUp.forEach((row) -> report.append(row).append('\n'));
		Path file = Path.of("target", "benchmarks", "customer-search.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
		log.info("Benchmark results ({}):\n{}", file, report);
	}

	/** A kind of request and the paths it draws from. */
	private record Kind(String name, List<String> paths) {
	}

	/** One kind's latencies with the JVM's processor time and allocation a request. */
	private record Measured(Latencies latencies, double cpuMillis, double allocatedKb, Latencies controller,
			Latencies view, Latencies rest) {

		String markdownRow() {
			String row = this.latencies.markdownRow();
			return row + " %.2f | %.0f |".formatted(this.cpuMillis, this.allocatedKb);
		}

		String stagesRow() {
			return "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |".formatted(this.latencies.name(),
					this.controller.p50(), this.controller.p95(), this.view.p50(), this.view.p95(), this.rest.p50(),
					this.rest.p95());
		}

	}

}
