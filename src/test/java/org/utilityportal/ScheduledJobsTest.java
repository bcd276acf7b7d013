package org.utilityportal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;

import org.springframework.scheduling.annotation.Scheduled;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * Every scheduled job runs once across instances: a {@code @Scheduled} method without
 * {@code @SchedulerLock} would run on every instance at once. Public and not final,
 * because the lock is an AOP proxy around the method, which skips other methods silently.
 * Also holds for jobs added later.
 */
class ScheduledJobsTest {

	private final JavaClasses portal = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackagesOf(PortalApplication.class);

	@Test
	void everyScheduledJobTakesTheClusterLock() {
		methods().that()
			.areAnnotatedWith(Scheduled.class)
			.should()
			.beAnnotatedWith(SchedulerLock.class)
			.andShould()
			.bePublic()
			.andShould()
			.notBeFinal()
			.andShould()
			.haveRawReturnType(void.class)
			.because("a job that runs on every instance at once does its work twice; "
					+ "the lock's proxy only wraps public methods and returns nothing when the lock is taken")
			.check(this.portal);
	}

}
