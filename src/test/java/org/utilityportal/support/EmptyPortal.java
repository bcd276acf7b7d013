package org.utilityportal.support;

import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second portal, as a new utility installs it: its own empty database on the test run's
 * PostgreSQL server, the {@code production} profile, demo data off, the first
 * administrator created from {@code PORTAL_ADMIN_PASSWORD}, its own movable clock.
 * Closing it stops the portal and drops its database.
 */
public final class EmptyPortal implements AutoCloseable {

	private final String database;

	private final ConfigurableApplicationContext context;

	private final TestClock clock;

	private EmptyPortal(String database, ConfigurableApplicationContext context, TestClock clock) {
		this.database = database;
		this.context = context;
		this.clock = clock;
	}

	/**
	 * Starts a portal on a new empty database with the bootstrap administrator's
	 * password.
	 */
	public static EmptyPortal start(String adminPassword) {
		String database = "golive_" + ThreadLocalRandom.current().nextInt(1_000_000);
		TestDatabase server = TestDatabase.get();
		String url = server.createDatabase(database);
		TestClock clock = new TestClock(ZoneId.of("Asia/Shanghai"));
		Map<String, String> settings = Map.of("spring.datasource.url", url, "spring.datasource.username",
				server.username(), "spring.datasource.password", server.password(), "portal.db.embedded.enabled",
				"false", "portal.demo-data", "false", "portal.scheduling.enabled", "false",
				"portal.bootstrap.admin-password", adminPassword, "spring.profiles.active", "production");
		return new EmptyPortal(database, PortalInstance.run(clock, settings), clock);
	}

	/** The port the portal answers on. */
	public int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	/** The portal's clock, to move its days forward. */
	public TestClock clock() {
		return this.clock;
	}

	/** A bean of the portal (for assertions only; the story goes through the browser). */
	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** Whether the portal has a bean of this name. */
	public boolean hasBean(String name) {
		return this.context.containsBean(name);
	}

	@Override
	public void close() {
		this.context.close();
		TestDatabase.get().dropDatabase(this.database);
	}

}
