package org.utilityportal.identity.internal;

import java.time.Duration;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The HTTP sessions in PostgreSQL (Spring Session JDBC, tables from V61), so every
 * instance sees every session and a password change ends a person's other sessions. What
 * a page view costs them: one statement, the read of the session and its attributes.
 * <ul>
 * <li>{@link SessionAccessThrottle} writes the last-access time at most once per
 * {@code portal.session.touch-interval} (default 60 s) instead of on every request (an
 * UPDATE and a commit on every page view), and reads without a transaction of its
 * own.</li>
 * <li>{@link SessionSavedOnceFilter}, just inside Spring Session's filter, keeps Spring
 * Session from saving the session twice per page, the second time after reading it
 * again.</li>
 * </ul>
 * Spring Session's repository is built here, not by Boot: Boot's steps back as soon as
 * the application declares a session repository of its own, as the throttle is. It is
 * configured as Boot configured it, from the same settings: {@code
 * spring.session.jdbc.table-name}, {@code spring.session.jdbc.cleanup-cron}, and the idle
 * time-out {@code server.servlet.session.timeout}. See docs/DECISIONS.md, "The counter
 * search regression against 2e0ab2d (issue 16)".
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionStoreConfiguration {

	/** Spring Session's repository; its statements run in no transaction of its own. */
	@Bean
	JdbcIndexedSessionRepository jdbcSessionRepository(DataSource dataSource,
			@Value("${spring.session.jdbc.table-name:SPRING_SESSION}") String tableName,
			@Value("${spring.session.jdbc.cleanup-cron:0 * * * * *}") String cleanupCron,
			@Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration idleTimeout) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.setExceptionTranslator(new SQLErrorCodeSQLExceptionTranslator(dataSource));
		JdbcIndexedSessionRepository sessions = new JdbcIndexedSessionRepository(jdbc,
				TransactionOperations.withoutTransaction());
		sessions.setTableName(tableName);
		sessions.setCleanupCron(cleanupCron);
		sessions.setDefaultMaxInactiveInterval(idleTimeout);
		// Attributes are read with the application's class loader (the packaged jar's).
		GenericConversionService conversion = new GenericConversionService();
		conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
		conversion.addConverter(byte[].class, Object.class,
				new DeserializingConverter(SessionStoreConfiguration.class.getClassLoader()));
		sessions.setConversionService(conversion);
		return sessions;
	}

	/**
	 * The repository the session filter and the portal use: Spring Session's own, whose
	 * sessions do not change by being used within the touch interval, and whose writes
	 * run in a new transaction each on the JDBC transaction manager.
	 */
	@Bean
	@Primary
	SessionAccessThrottle<?> sessionAccessThrottle(JdbcIndexedSessionRepository sessions, DataSource dataSource,
			@Value("${portal.session.touch-interval:60s}") Duration touchInterval, MeterRegistry meters) {
		TransactionTemplate ownTransaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
		ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		FindByIndexNameSessionRepository<? extends Session> stored = sessions;
		return throttle(stored, touchInterval, ownTransaction, SessionAccessThrottle.readTimer(meters));
	}

	private static <S extends Session> SessionAccessThrottle<S> throttle(FindByIndexNameSessionRepository<S> sessions,
			Duration touchInterval, TransactionOperations ownTransaction, Timer reads) {
		return new SessionAccessThrottle<>(sessions, touchInterval, ownTransaction, reads);
	}

}
