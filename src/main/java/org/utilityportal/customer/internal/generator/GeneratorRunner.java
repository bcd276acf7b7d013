package org.utilityportal.customer.internal.generator;

import lombok.RequiredArgsConstructor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar utility-portal.jar --portal.generate.customers=1000000}: generates
 * that many synthetic customers into the configured database and stops (add
 * {@code --portal.generate.exit=false} to keep the portal running).
 * {@code portal.generate.seed} chooses the data (default 2026).
 */
@Component
// Synthetic data is for demonstrations and benchmarks: it exists only with demo data on.
@ConditionalOnBooleanProperty("portal.demo-data.active")
@ConditionalOnProperty("portal.generate.customers")
@RequiredArgsConstructor
class GeneratorRunner implements ApplicationRunner {

	private final CustomerDataGenerator generator;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	@Override
	public void run(ApplicationArguments args) {
		int count = this.environment.getRequiredProperty("portal.generate.customers", Integer.class);
		long seed = this.environment.getProperty("portal.generate.seed", Long.class, 2026L);
		this.generator.generate(count, seed);
		if (this.environment.getProperty("portal.generate.exit", Boolean.class, true)) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

}
