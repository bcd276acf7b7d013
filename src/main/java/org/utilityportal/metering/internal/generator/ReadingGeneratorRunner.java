package org.utilityportal.metering.internal.generator;

import java.time.Clock;
import java.time.YearMonth;

import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar utility-portal.jar --portal.generate.readings=12}: adds that many
 * months of monthly readings, up to last month, to every open metered account without
 * readings in that range, then stops (add {@code --portal.generate.exit=false} to keep
 * the portal running). Generate the customers first
 * ({@code --portal.generate.customers=…}); the fault tests then bill them.
 * {@code portal.generate.seed} chooses the data (default 2026).
 */
@Component
@ConditionalOnProperty("portal.generate.readings")
@RequiredArgsConstructor
class ReadingGeneratorRunner implements ApplicationRunner {

	private final ReadingDataGenerator generator;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	private final Clock clock;

	@Override
	public void run(ApplicationArguments args) {
		int months = this.environment.getRequiredProperty("portal.generate.readings", Integer.class);
		long seed = this.environment.getProperty("portal.generate.seed", Long.class, 2026L);
		this.generator.generate(YearMonth.now(this.clock).minusMonths(1), months, seed);
		if (this.environment.getProperty("portal.generate.exit", Boolean.class, true)) {
			System.exit(SpringApplication.exit(this.context, () -> 0));
		}
	}

}
