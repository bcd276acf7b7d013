package org.utilityportal.identity.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * What a request costs the sessions in PostgreSQL (Spring Session JDBC). Spring Session
 * writes the last-access time of the session on every request: an UPDATE of the session
 * row (and its three indexes) and a commit that waits for the WAL to reach the disk, on
 * every page view. Here the UPDATE leaves the row alone while only the last-access time
 * moved, by less than {@code portal.session.touch-interval} (default 60 s); a changed
 * session id, idle time-out or principal is written at once, and attributes are written
 * by Spring Session as before (only those set during the request).
 * <p>
 * The stored last access is therefore up to one interval old, so a session expires
 * between {@code timeout - interval} and {@code timeout} after its last request: never
 * later than the idle time-out, at most one interval earlier. The session's transactions
 * run on the plain JDBC transaction manager (a transaction of their own, as Spring
 * Session does by default), not the JPA one, which opened an entity manager for every one
 * of them. See docs/DECISIONS.md, "Bill page regression against 2e0ab2d (issue 16)".
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionStoreCustomizer(
			@Value("${portal.session.touch-interval:60s}") Duration touchInterval) {
		return (repository) -> repository.setUpdateSessionQuery(updateUnlessOnlyRecentlyTouched(touchInterval));
	}

	/**
	 * Spring Session's update, with the same six parameters in the same order, that
	 * matches no row when nothing but a last-access time less than {@code touchInterval}
	 * newer than the stored one would change. An UPDATE that matches no row writes no
	 * WAL, so its commit does not wait for the disk either.
	 */
	static String updateUnlessOnlyRecentlyTouched(Duration touchInterval) {
		return """
				UPDATE %%TABLE_NAME%% AS s SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
				  MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
				  PRINCIPAL_NAME = v.principal_name
				FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS BIGINT),
				  CAST(? AS VARCHAR(100)), CAST(? AS CHAR(36))))
				  AS v (session_id, last_access_time, max_inactive_interval, expiry_time, principal_name, primary_id)
				WHERE s.PRIMARY_ID = v.primary_id
				  AND (s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
				    OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
				    OR v.last_access_time >= s.LAST_ACCESS_TIME + %d)
				""".formatted(touchInterval.toMillis());
	}

}
