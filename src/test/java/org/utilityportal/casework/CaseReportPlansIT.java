package org.utilityportal.casework;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.shared.db.Reports;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The supervisors' figures are planned without parallel workers (a generic plan that went
 * parallel made the year's dashboard at 1,000,000 cases slower than at 5,000,000), for
 * the rest of the report's transaction only: the pooled connection goes back with the
 * server's default. Without a replica (as here) the report statements run on the
 * transaction's connection; the replica pool's own setting is checked in
 * {@code ReplicaFallbackIT}.
 */
class CaseReportPlansIT extends IntegrationTest {

	private static final String WORKERS = "select current_setting('max_parallel_workers_per_gather')";

	@Autowired
	private CaseReport report;

	@Autowired
	@Reports
	private JdbcClient reports;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private DataSource dataSource;

	@Test
	void theDashboardRunsWithoutParallelWorkersAndLeavesTheConnectionAsItWas() throws SQLException {
		LocalDate today = LocalDate.now(this.clock);
		assertDuringAndAfter(() -> this.report.dashboard(today.minusDays(364), today));
	}

	@Test
	void theStaffFiguresRunWithoutParallelWorkers() throws SQLException {
		LocalDate today = LocalDate.now(this.clock);
		assertDuringAndAfter(() -> this.report.staffFigures(today.minusDays(30), today));
	}

	@Test
	void theOpenCaseGaugesRunWithoutParallelWorkers() throws SQLException {
		assertDuringAndAfter(this.report::openRisk);
	}

	private void assertDuringAndAfter(Supplier<?> reportCall) throws SQLException {
		String serverDefault = this.jdbc.sql(WORKERS).query(String.class).single();
		assertThat(serverDefault).as("the server's default allows parallel workers, or this test proves nothing")
			.isNotEqualTo("0");
		TransactionTemplate readOnly = new TransactionTemplate(this.transactionManager);
		readOnly.setReadOnly(true);
		long backend = readOnly.execute((status) -> {
			reportCall.get();
			assertThat(this.reports.sql(WORKERS).query(String.class).single())
				.as("the report client, in the report's transaction")
				.isEqualTo("0");
			assertThat(this.jdbc.sql(WORKERS).query(String.class).single()).isEqualTo("0");
			return this.jdbc.sql("select pg_backend_pid()").query(Long.class).single();
		});
		assertThat(settingOfPooledConnection(backend)).as("the same connection after the commit")
			.isEqualTo(serverDefault);
	}

	/**
	 * The setting of the pooled connection to {@code backend}, taken from the pool: the
	 * connections handed out before it are held until it comes, so another one's turn
	 * cannot hide it.
	 */
	private String settingOfPooledConnection(long backend) throws SQLException {
		List<Connection> held = new ArrayList<>();
		try {
			for (int i = 0; i < 50; i++) {
				Connection connection = this.dataSource.getConnection();
				held.add(connection);
				try (Statement statement = connection.createStatement();
						ResultSet row = statement.executeQuery("select pg_backend_pid(), " + WORKERS.substring(7))) {
					row.next();
					if (row.getLong(1) == backend) {
						return row.getString(2);
					}
				}
			}
			throw new AssertionError("the pool never handed out the report's connection again");
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}
	}

}
