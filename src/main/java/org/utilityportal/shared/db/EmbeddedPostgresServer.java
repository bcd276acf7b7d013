package org.utilityportal.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per data directory and JVM, with a database named
 * {@value #DATABASE} created on first start. The server stops through its shutdown hook.
 */
public final class EmbeddedPostgresServer {

	/** The database the portal uses inside the embedded server. */
	public static final String DATABASE = "portal";

	/** The superuser the embedded server trusts on loopback. */
	public static final String USER = "postgres";

	private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

	private final EmbeddedPostgres postgres;

	private final String version;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
		this.version = createDatabaseIfMissing(postgres);
	}

	/**
	 * Starts the server for this data directory, or returns the one already running in
	 * this JVM.
	 * @param dataDirectory where the cluster lives; {@code null} for a throw-away cluster
	 * @param port the port, or 0 for any free port
	 */
	public static EmbeddedPostgresServer startOnce(Path dataDirectory, int port) {
		Path key = (dataDirectory != null) ? dataDirectory.toAbsolutePath().normalize() : Path.of("<temporary>");
		return RUNNING.computeIfAbsent(key, (path) -> start(dataDirectory, port));
	}

	private static EmbeddedPostgresServer start(Path dataDirectory, int port) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C.UTF-8")
				.setServerConfig("timezone", "UTC");
			if (dataDirectory != null) {
				Files.createDirectories(dataDirectory);
				builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
			}
			if (port > 0) {
				builder.setPort(port);
			}
			return new EmbeddedPostgresServer(builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
		}
	}

	/** The JDBC URL of the portal database. */
	public String jdbcUrl() {
		return this.postgres.getJdbcUrl(USER, DATABASE);
	}

	/** The port the server listens on (loopback only). */
	public int port() {
		return this.postgres.getPort();
	}

	/** The server version, e.g. {@code 17.6}. */
	public String version() {
		return this.version;
	}

	private static String createDatabaseIfMissing(EmbeddedPostgres postgres) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet exists = statement
				.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (!exists.next()) {
					statement.execute("create database " + DATABASE + " encoding 'UTF8'");
				}
			}
			return connection.getMetaData().getDatabaseProductVersion();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the embedded PostgreSQL database", ex);
		}
	}

}
