package org.utilityportal.support;

import java.time.Duration;
import java.time.ZoneId;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.utilityportal.customer.CustomerRecords;
import org.utilityportal.customer.ServiceAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of every integration test: the whole portal on a real server port, on the run's
 * one PostgreSQL database ({@link TestDatabase}), with the demo data and without
 * scheduled jobs. All subclasses share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portal.db.embedded.enabled=false", "portal.demo-data=true", "portal.scheduling.enabled=false",
				"portal.metrics.database-max-age=0s", "logging.level.org.utilityportal=INFO",
				// As behind the TLS proxy: X-Forwarded-For/-Proto from 127.0.0.1 are
				// believed.
				"server.forward-headers-strategy=native" })
@AutoConfigureMockMvc
@Import(IntegrationTestBeans.class)
public abstract class IntegrationTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected TestClock clock;

	@Autowired
	protected TestCustomers customers;

	@Autowired
	protected TestBills testBills;

	@LocalServerPort
	protected int port;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.get().register(registry);
	}

	/** The password of every demo account. */
	protected static final String DEMO_PASSWORD = "Portal#2026";

	/** Signs in through the real form; the returned session carries the principal. */
	protected MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(SecurityMockMvcRequestBuilders.formLogin().user(username).password(DEMO_PASSWORD))
			.andExpect(MockMvcResultMatchers.redirectedUrl("/home"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	/**
	 * Waits (up to 30 seconds, else fails) until a session of the test database waits for
	 * a lock another one holds.
	 */
	protected void waitUntilASessionWaitsForALock() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (this.jdbc.sql(
				"select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")
			.query(Long.class)
			.single() == 0) {
			assertThat(System.nanoTime()).as("no session ever waited for a lock").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	/**
	 * Reads a value until it satisfies {@code done} or ten seconds passed, then returns
	 * the last value read: for what event listeners write a moment after a transaction
	 * commits.
	 */
	protected <T> T eventually(Supplier<T> read, Predicate<T> done) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		T value = read.get();
		while (!done.test(value) && System.nanoTime() < deadline) {
			Thread.sleep(50);
			value = read.get();
		}
		return value;
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
		// Every test starts with full rate limits (sign-in, registration), whatever the
		// tests before it tried from the same address.
		this.jdbc.sql("delete from rate_limit_bucket").update();
	}

}
