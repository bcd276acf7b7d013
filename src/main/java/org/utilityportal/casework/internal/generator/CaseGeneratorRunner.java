package org.utilityportal.casework.internal.generator;

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
 * {@code java -jar utility-portal.jar --portal.generate.cases=1000000}: generates that
 * many synthetic cases over the last two years into the configured database and stops
 * (add {@code --portal.generate.exit=false} to keep the portal running). The customers
 * they belong to must exist: generate them first with
 * {@code --portal.generate.customers=…}. {@code portal.generate.seed} chooses the data
 * (default 2026).
 */
@Component
// Synthetic data is for demonstrations and benchmarks: it exists only with demo data on.
@ConditionalOnBooleanProperty("portal.demo-data.active")
@ConditionalOnProperty("portal.generate.cases")
@RequiredArgsConstructor
class CaseGeneratorRunner implements ApplicationRunner {

	private final CaseDataGenerator generator;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	@Override
	public void run(ApplicationArguments args) {
		int count = this.environment.getRequiredProperty("portal.generate.cases", Integer.class);
		long seed = this.environment.getProperty("portal.generate.seed", Long.class, 2026L);
		this.generator.generate(count, seed);
		if (this.environment.getProperty("portal.generate.exit", Boolean.class, true)) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

}
