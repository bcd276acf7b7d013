package org.utilityportal.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.utilityportal.PortalApplication;

/**
 * One more instance of the portal under test, as a second server behind the same proxy
 * would be: the run's database ({@link TestDatabase}, the one the shared test context
 * uses), the same movable clock, a random port of its own, no scheduled jobs. Closing it
 * stops the instance, as a machine that is switched off or lost; what it kept only in its
 * own memory is gone with it.
 */
public final class PortalInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private PortalInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts another instance on the test run's database, with the demo data. */
	public static PortalInstance start(TestClock clock) {
		Map<String, String> settings = new LinkedHashMap<>();
		TestDatabase.get().properties().forEach((name, value) -> settings.put(name, String.valueOf(value)));
		settings.putAll(Map.of("portal.db.embedded.enabled", "false", "portal.demo-data", "true",
				"portal.scheduling.enabled", "false", "server.forward-headers-strategy", "native",
				// Events the shared context left unfinished stay with it: in these tests
				// no instance restarts.
				"spring.modulith.events.republish-outstanding-events-on-restart", "false"));
		return new PortalInstance(run(clock, settings));
	}

	/**
	 * Runs the portal with these settings (as arguments: they win over application.yml,
	 * as an installation's environment would) on a random port, its time from
	 * {@code clock}.
	 */
	static ConfigurableApplicationContext run(TestClock clock, Map<String, String> settings) {
		Map<String, String> all = new LinkedHashMap<>(settings);
		all.put("server.port", "0");
		all.put("spring.jmx.enabled", "false");
		String[] arguments = all.entrySet()
			.stream()
			.map((setting) -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(PortalApplication.class)
			.initializers((context) -> ((GenericApplicationContext) context).registerBean("testClock", TestClock.class,
					() -> clock, (definition) -> definition.setPrimary(true)))
			.run(arguments);
	}

	/** The port the instance answers on. */
	public int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	@Override
	public void close() {
		this.context.close();
	}

}
