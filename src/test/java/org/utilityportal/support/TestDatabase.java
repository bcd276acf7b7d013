package org.utilityportal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.StringUtils;
import org.utilityportal.shared.db.EmbeddedPostgresServer;

/**
 * The one real PostgreSQL database all integration tests of a run share: the server named
 * by {@code TEST_DB_URL} (with {@code TEST_DB_USER} and {@code TEST_DB_PASSWORD}) when
 * set, else a Testcontainers PostgreSQL when a Docker engine answers, else the embedded
 * server in a throw-away directory. The choice is logged.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static final String CONTAINER_IMAGE = "postgres:17-alpine";

	private static final TestDatabase INSTANCE = choose();

	private final String url;

	private final String username;

	private final String password;

	private TestDatabase(String url, String username, String password, String source) {
		this.url = url;
		this.username = username;
		this.password = password;
		log.info("Integration tests use {} ({}) at {}", source, serverVersion(), url);
	}

	/** The database of this test run, started on first use. */
	public static TestDatabase get() {
		return INSTANCE;
	}

	/** Points the application under test at this database. */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> this.url);
		registry.add("spring.datasource.username", () -> this.username);
		registry.add("spring.datasource.password", () -> this.password);
	}

	/**
	 * A second, empty database on the same server (dropped and created afresh), for a
	 * test that needs the portal as a new installation sees it.
	 */
	public void registerFresh(DynamicPropertyRegistry registry, String name) {
		dropDatabase(name);
		String freshUrl = createDatabase(name);
		registry.add("spring.datasource.url", () -> freshUrl);
		registry.add("spring.datasource.username", () -> this.username);
		registry.add("spring.datasource.password", () -> this.password);
	}

	/** The same settings as properties, for a second application on this database. */
	public java.util.Map<String, Object> properties() {
		return java.util.Map.of("spring.datasource.url", this.url, "spring.datasource.username", this.username,
				"spring.datasource.password", this.password);
	}

	/**
	 * Creates another, empty database on the same server (for a portal started apart from
	 * the shared one) and returns its JDBC URL.
	 */
	public String createDatabase(String name) {
		execute("create database " + name + " encoding 'UTF8' template template0");
		return urlOf(name);
	}

	/** Drops a database made by {@link #createDatabase}, ending its connections first. */
	public void dropDatabase(String name) {
		execute("drop database if exists " + name + " with (force)");
	}

	/** The user name of the server. */
	public String username() {
		return this.username;
	}

	/** The password of the server's user. */
	public String password() {
		return this.password;
	}

	private String urlOf(String database) {
		return this.url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
	}

	private void execute(String sql) {
		if (!sql.matches("(create|drop) database [a-z0-9_ ]+.*")) {
			throw new IllegalArgumentException(sql);
		}
		try (Connection connection = DriverManager.getConnection(this.url, this.username, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + " failed", ex);
		}
	}

	private static TestDatabase choose() {
		String url = System.getenv("TEST_DB_URL");
		if (StringUtils.hasText(url)) {
			return new TestDatabase(url, environment("TEST_DB_USER", "postgres"), environment("TEST_DB_PASSWORD", ""),
					"the PostgreSQL server from TEST_DB_URL");
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer(CONTAINER_IMAGE);
			container.start();
			return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"a Testcontainers PostgreSQL (" + CONTAINER_IMAGE + ")");
		}
		EmbeddedPostgresServer server = EmbeddedPostgresServer.startOnce(null, 0);
		return new TestDatabase(server.jdbcUrl(), EmbeddedPostgresServer.USER, "",
				"the embedded PostgreSQL server (no TEST_DB_URL, no Docker engine)");
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static String environment(String name, String fallback) {
		String value = System.getenv(name);
		return StringUtils.hasText(value) ? value : fallback;
	}

	private String serverVersion() {
		try (Connection connection = DriverManager.getConnection(this.url, this.username, this.password);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show server_version")) {
			result.next();
			return "PostgreSQL " + result.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The test database at " + this.url + " does not answer", ex);
		}
	}

}
