package org.utilityportal.shared.db;

import java.nio.file.Path;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL server inside the JVM when no database is configured, so that
 * {@code ./mvnw spring-boot:run} and {@code java -jar} work on a machine with only a JDK.
 * <p>
 * It does nothing when {@code spring.datasource.url} has a value (set through
 * {@code DB_URL} or {@code SPRING_DATASOURCE_URL}) or when
 * {@code portal.db.embedded.enabled=false}. The server keeps its data in
 * {@code portal.db.embedded.data-dir} (default {@code ./data/postgres}) so a restart
 * keeps what was entered, and stops with the JVM.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/**
	 * Set to {@code true} in the environment when this post-processor started a server.
	 */
	public static final String ACTIVE_PROPERTY = "portal.db.embedded.active";

	private final Log log;

	public EmbeddedPostgresEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(EmbeddedPostgresEnvironmentPostProcessor.class);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			this.log.info("Using the PostgreSQL server at " + environment.getProperty("spring.datasource.url"));
			return;
		}
		if (!environment.getProperty("portal.db.embedded.enabled", Boolean.class, true)) {
			return;
		}
		Path dataDirectory = Path.of(environment.getProperty("portal.db.embedded.data-dir", "data/postgres"));
		int port = environment.getProperty("portal.db.embedded.port", Integer.class, 0);
		EmbeddedPostgresServer server = EmbeddedPostgresServer.startOnce(dataDirectory, port);
		this.log.info("No DB_URL given: started the embedded PostgreSQL server " + server.version() + " on port "
				+ server.port() + " with its data in " + dataDirectory.toAbsolutePath());
		environment.getPropertySources()
			.addFirst(new MapPropertySource("embeddedPostgres",
					Map.of("spring.datasource.url", server.jdbcUrl(), "spring.datasource.username",
							EmbeddedPostgresServer.USER, "spring.datasource.password", "", ACTIVE_PROPERTY, "true",
							// A development server stops at once on Ctrl-C rather than
							// waiting
							// for requests in flight (production keeps Boot's 30 s).
							"spring.lifecycle.timeout-per-shutdown-phase", "3s")));
	}

}
