package org.utilityportal.shared.db;

import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides whether the demo data in {@code db/demo} is loaded.
 * <p>
 * {@code portal.demo-data} (environment {@code PORTAL_DEMO_DATA}) is {@code auto} by
 * default: demo data on the embedded development database, never on a configured server.
 * {@code true} or {@code false} force it. When on, Flyway also applies
 * {@code classpath:db/demo} and {@value #ACTIVE_PROPERTY} is {@code true}, which later
 * modules use for their own demo records.
 */
public class DemoDataEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/** Set to {@code true} when demo data is loaded. */
	public static final String ACTIVE_PROPERTY = "portal.demo-data.active";

	private final Log log;

	public DemoDataEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(DemoDataEnvironmentPostProcessor.class);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 50;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		String setting = environment.getProperty("portal.demo-data", "auto").trim().toLowerCase();
		boolean embedded = environment.getProperty(EmbeddedPostgresEnvironmentPostProcessor.ACTIVE_PROPERTY,
				Boolean.class, false);
		boolean on = switch (setting) {
			case "true" -> true;
			case "false" -> false;
			case "auto" -> embedded;
			default ->
				throw new IllegalStateException("portal.demo-data must be auto, true or false, not '" + setting + "'");
		};
		if (!on) {
			return;
		}
		this.log.info("Loading the demo data (accounts customer1, customer2, counter1, supervisor1, admin1)");
		environment.getPropertySources()
			.addFirst(new MapPropertySource("demoData", Map.of("spring.flyway.locations",
					"classpath:db/migration,classpath:db/demo", ACTIVE_PROPERTY, "true")));
	}

}
