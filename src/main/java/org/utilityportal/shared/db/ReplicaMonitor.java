package org.utilityportal.shared.db;

import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.utilityportal.shared.time.RepeatingTask;

/**
 * Checks every few seconds whether the replica may serve reports: it answers, it is a
 * standby (in recovery), and its lag ({@link ReplicaLag}) is within the limit. Reports
 * read from the primary whenever one of these fails. Each instance checks for itself on a
 * thread of its own (not a cluster-locked scheduled job: every instance routes its own
 * reads).
 */
class ReplicaMonitor extends RepeatingTask {

	private static final Logger log = LoggerFactory.getLogger(ReplicaMonitor.class);

	private final JdbcTemplate primary;

	private final HikariDataSource replicaPool;

	private final JdbcTemplate replica;

	private final long maxLagNanos;

	private final ReplicaLag lag = new ReplicaLag(1000);

	private volatile boolean usable;

	private volatile double lagSeconds = Double.NaN;

	private String lastProblem;

	ReplicaMonitor(DataSource primary, HikariDataSource replica, Duration maxLag, Duration interval) {
		super("replica-monitor", Duration.ZERO, interval);
		this.primary = new JdbcTemplate(primary);
		this.replicaPool = replica;
		this.replica = new JdbcTemplate(replica);
		this.maxLagNanos = maxLag.toNanos();
	}

	/**
	 * A read-only pool of connections to the replica, planning without parallel workers.
	 */
	static HikariDataSource pool(String url, String username, String password, int size) {
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName("replica");
		pool.setJdbcUrl(url);
		pool.setUsername(username);
		pool.setPassword(password);
		pool.setReadOnly(true);
		pool.setMaximumPoolSize(size);
		pool.setMinimumIdle(1);
		// A replica that does not answer must not hold a report up: the primary answers
		// instead.
		pool.setConnectionTimeout(1000);
		pool.setValidationTimeout(500);
		pool.setInitializationFailTimeout(-1);
		pool.addDataSourceProperty("connectTimeout", "2");
		// Reports only, over small figures tables: parallel workers cost more to start
		// than they save (ReportTransactions). Set per connection, as these connections
		// run in autocommit, outside the report's transaction.
		pool.addDataSourceProperty("options", "-c max_parallel_workers_per_gather=0");
		return pool;
	}

	DataSource replica() {
		return this.replicaPool;
	}

	/** Whether reports may read from the replica now. */
	boolean usable() {
		return this.usable;
	}

	/** The replica's lag at the last check, in seconds (NaN when unknown). */
	double lagSeconds() {
		return this.lagSeconds;
	}

	/** Takes the replica out of use at once (a connection to it just failed). */
	void failed(Exception cause) {
		if (this.usable) {
			log.warn("Replica failed, reports read from the primary: {}", cause.toString());
		}
		this.usable = false;
		this.lag.reset();
	}

	void check() {
		boolean wasUsable = this.usable;
		String problem = null;
		try {
			long now = System.nanoTime();
			String written = this.primary.queryForObject("select pg_current_wal_lsn()::text", String.class);
			Boolean standby = this.replica.queryForObject("select pg_is_in_recovery()", Boolean.class);
			String replayed = Boolean.TRUE.equals(standby)
					? this.replica.queryForObject("select pg_last_wal_replay_lsn()::text", String.class) : null;
			if (replayed == null) {
				problem = "it is not a streaming standby";
				this.lagSeconds = Double.NaN;
				this.usable = false;
			}
			else {
				long behind = this.lag.check(now, ReplicaLag.parse(written), ReplicaLag.parse(replayed));
				this.lagSeconds = (behind == Long.MAX_VALUE) ? Double.NaN : behind / 1e9;
				this.usable = behind <= this.maxLagNanos;
			}
		}
		catch (RuntimeException ex) {
			problem = ex.getMessage();
			this.lagSeconds = Double.NaN;
			this.usable = false;
			this.lag.reset();
		}
		if (problem != null && !problem.equals(this.lastProblem)) {
			log.warn("Reports read from the primary: the replica cannot be used ({})", problem);
		}
		else if (wasUsable != this.usable) {
			log.info("Reports now read from the {} (replica lag {} s)", this.usable ? "replica" : "primary",
					this.lagSeconds);
		}
		this.lastProblem = problem;
	}

	@Override
	protected void repeat() {
		check();
	}

	@Override
	public void stop() {
		super.stop();
		this.replicaPool.close();
	}

}
