package org.utilityportal.shared.db;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The data source of report queries: a connection to the replica while the monitor says
 * it is usable, else one to the primary. A replica connection that cannot be had (the
 * replica just went down) falls back to the primary for this request and takes the
 * replica out of use until the next good check.
 */
class ReplicaRoutingDataSource extends AbstractDataSource {

	private final DataSource primary;

	private final DataSource replica;

	private final ReplicaMonitor monitor;

	ReplicaRoutingDataSource(DataSource primary, DataSource replica, ReplicaMonitor monitor) {
		this.primary = primary;
		this.replica = replica;
		this.monitor = monitor;
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (this.monitor.usable()) {
			try {
				return this.replica.getConnection();
			}
			catch (SQLException ex) {
				this.monitor.failed(ex);
			}
		}
		return this.primary.getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		throw new UnsupportedOperationException("Report connections use the configured credentials");
	}

}
