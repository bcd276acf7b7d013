package org.utilityportal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.utilityportal.shared.db.Reports;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.PortalHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report queries on a real streaming replica: they read from it while it is current, go
 * back to the primary when it lags more than {@code portal.replica.max-lag} (its replay
 * paused while the primary keeps writing) and when it is stopped, and return to it once
 * it has caught up. Needs the primary and replica of {@code scripts/pg.sh up}:
 *
 * <pre>
 * scripts/pg.sh up
 * TEST_DB_URL=jdbc:postgresql://127.0.0.1:5441/portal TEST_DB_USER=portal TEST_DB_PASSWORD=portal \
 * REPLICA_DB_URL=jdbc:postgresql://127.0.0.1:5442/portal \
 *   ./mvnw -Pbench verify -Dit.test=ReplicaBenchmark
 * </pre>
 *
 * Writes how long each switch took to {@code target/benchmarks/replica.md}.
 */
class ReplicaBenchmark extends IntegrationTest {

	private static final Logger log = LoggerFactory.getLogger(ReplicaBenchmark.class);

	@Autowired
	@Reports
	private JdbcClient reports;

	private int failedInFlight;

	private final JdbcClient replicaAdmin = JdbcClient.create(new DriverManagerDataSource(System.getenv()
		.getOrDefault("REPLICA_ADMIN_URL", "jdbc:postgresql://127.0.0.1:5442/portal?user=postgres")));

	@Test
	void reportsFollowTheReplicaWhileItIsCurrent() throws Exception {
		assertThat(System.getenv("REPLICA_DB_URL")).as("REPLICA_DB_URL (see the class comment)").isNotBlank();
		List<String> rows = new ArrayList<>();
		rows.add(row("reports on the replica after start", waitFor(this::onReplica, Duration.ofSeconds(30))));

		PortalHttp supervisor = new PortalHttp(this.port).signIn("supervisor1", DEMO_PASSWORD);
		assertThat(supervisor.get("/supervisor/dashboard", "en").status()).isEqualTo(200);
		long replicaTransactions = replicaTransactions();
		for (int i = 0; i < 20; i++) {
			assertThat(supervisor.get("/supervisor/dashboard", "en").status()).isEqualTo(200);
		}
		assertThat(replicaTransactions() - replicaTransactions).as("dashboard reads on the replica")
			.isGreaterThanOrEqualTo(20);

		AtomicBoolean writing = new AtomicBoolean(true);
		Thread writer = Thread.ofVirtual().start(() -> keepWriting(writing));
		try {
			this.replicaAdmin.sql("select pg_wal_replay_pause()").query().singleValue();
			rows.add(row("replay paused: back on the primary (max lag 10 s)",
					waitFor(() -> !onReplica(), Duration.ofSeconds(60))));
			this.replicaAdmin.sql("select pg_wal_replay_resume()").query().singleValue();
			rows.add(row("replay resumed: on the replica again", waitFor(this::onReplica, Duration.ofSeconds(60))));
		}
		finally {
			writing.set(false);
			writer.join();
		}

		script("stop-replica");
		try {
			rows.add(row("replica stopped: back on the primary", waitFor(() -> !onReplica(), Duration.ofSeconds(30))));
			assertThat(supervisor.get("/supervisor/dashboard", "en").status()).as("dashboard with the replica down")
				.isEqualTo(200);
		}
		finally {
			script("start-replica");
		}
		rows.add(row("replica started: on the replica again", waitFor(this::onReplica, Duration.ofSeconds(60))));
		rows.add("| report queries that failed because their replica connection was cut | " + this.failedInFlight
				+ " |");
		assertThat(this.failedInFlight).as("only queries in flight when the replica stopped").isLessThanOrEqualTo(1);
		write(rows);
	}

	/**
	 * Whether a report query ran on the replica. A query on a replica connection that is
	 * cut (the replica stopped) fails once, like any request in flight then; counted.
	 */
	private boolean onReplica() {
		try {
			return this.reports.sql("select pg_is_in_recovery()").query(Boolean.class).single();
		}
		catch (org.springframework.dao.DataAccessException ex) {
			this.failedInFlight++;
			return true;
		}
	}

	private long replicaTransactions() {
		return this.replicaAdmin.sql("select xact_commit from pg_stat_database where datname = current_database()")
			.query(Long.class)
			.single();
	}

	private void keepWriting(AtomicBoolean writing) {
		this.jdbc.sql("create table if not exists bench_replica_writes (at timestamptz not null)").update();
		while (writing.get()) {
			this.jdbc.sql("insert into bench_replica_writes values (now())").update();
			sleep(100);
		}
		this.jdbc.sql("drop table bench_replica_writes").update();
	}

	private static Duration waitFor(BooleanSupplier condition, Duration limit) {
		long started = System.nanoTime();
		while (!condition.getAsBoolean()) {
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waited for the switch").isLessThan(limit);
			sleep(100);
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

	private static String row(String what, Duration took) {
		return String.format("| %s | %.1f |", what, took.toMillis() / 1000.0);
	}

	private static void script(String command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("scripts/pg.sh", command).inheritIO().start();
		assertThat(process.waitFor()).as("scripts/pg.sh " + command).isZero();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void write(List<String> rows) throws IOException {
		String text = "| what happened | seconds until report queries followed |\n|---|---|\n" + String.join("\n", rows)
				+ "\n";
		Path file = Path.of("target", "benchmarks", "replica.md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		log.info("Benchmark results ({}):\n{}", file, text);
	}

}
