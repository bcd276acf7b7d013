package org.utilityportal.shared.time;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every {@code @Scheduled} job runs once across all instances of the portal: its
 * scheduling entry point carries {@code @SchedulerLock}, and the instance that gets the
 * job's row in {@code shedlock} runs it while the others skip that turn. The lock is
 * taken on the database's clock, so instances whose clocks differ still agree. A lock is
 * held at most {@code lockAtMostFor} (10 minutes unless a job says otherwise): when an
 * instance dies mid-job, another takes the job over after that time.
 * <p>
 * Active also when scheduling is switched off (the tests), so calling an entry point by
 * hand takes the lock like the scheduler does.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulerLockConfiguration {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.withLockedByValue(InstanceName.get())
			.build());
	}

}
