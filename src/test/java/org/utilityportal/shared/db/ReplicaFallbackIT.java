package org.utilityportal.shared.db;

import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report queries fall back to the primary when the replica does not answer or is no
 * standby. That reads do go to a real streaming replica while it is current, and come
 * back to the primary when it lags, is shown by {@code ReplicaBenchmark} on the primary
 * and replica that {@code scripts/replica.sh} sets up.
 */
class ReplicaFallbackIT extends IntegrationTest {

	@Autowired
	private DataSource primary;

	@Autowired
	@Reports
	private JdbcClient reports;

	@Test
	void withoutAReplicaReportsReadTheDatabaseItself() {
		assertThat(this.reports.sql("select count(*) from user_account").query(Long.class).single())
			.isEqualTo(this.jdbc.sql("select count(*) from user_account").query(Long.class).single());
	}

	@Test
	void aReplicaThatDoesNotAnswerLeavesReportsOnThePrimary() throws Exception {
		ReplicaMonitor monitor = new ReplicaMonitor(this.primary,
				ReplicaMonitor.pool("jdbc:postgresql://127.0.0.1:9/portal", "portal", "none", 2),
				Duration.ofSeconds(10), Duration.ofSeconds(2));
		try {
			monitor.check();
			assertThat(monitor.usable()).isFalse();
			JdbcClient routed = JdbcClient
				.create(new ReplicaRoutingDataSource(this.primary, monitor.replica(), monitor));
			assertThat(routed.sql("select current_database()").query(String.class).single())
				.isEqualTo(this.jdbc.sql("select current_database()").query(String.class).single());
		}
		finally {
			monitor.stop();
		}
	}

	@Test
	void aServerThatIsNoStandbyIsNotUsedAsReplica() {
		String url = this.jdbc
			.sql("select 'jdbc:postgresql://127.0.0.1:' || setting || '/' || current_database() "
					+ "from pg_settings where name = 'port'")
			.query(String.class)
			.single();
		String user = this.jdbc.sql("select current_user").query(String.class).single();
		ReplicaMonitor monitor = new ReplicaMonitor(this.primary,
				ReplicaMonitor.pool(url, user, System.getenv().getOrDefault("TEST_DB_PASSWORD", ""), 2),
				Duration.ofSeconds(10), Duration.ofSeconds(2));
		try {
			monitor.check();
			assertThat(monitor.usable()).isFalse();
			assertThat(monitor.lagSeconds()).isNaN();
			// Its connections serve only reports over small figures tables, in
			// autocommit: planned without parallel workers for the whole session.
			assertThat(JdbcClient.create(monitor.replica())
				.sql("select current_setting('max_parallel_workers_per_gather')")
				.query(String.class)
				.single()).isEqualTo("0");
		}
		finally {
			monitor.stop();
		}
	}

}
