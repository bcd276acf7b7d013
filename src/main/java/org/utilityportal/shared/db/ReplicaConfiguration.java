package org.utilityportal.shared.db;

import java.time.Duration;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@link Reports} {@code JdbcClient}: on the streaming replica named by {@code
 * portal.replica.url} ({@code REPLICA_DB_URL}) while it answers and lags at most {@code
 * portal.replica.max-lag} (10 s), else on the primary. Without a replica it is the
 * primary's own client. Two gauges tell operators which is in use: {@code
 * portal.replica.in.use} (1 or 0) and {@code portal.replica.lag.seconds}.
 */
@Configuration(proxyBeanMethods = false)
class ReplicaConfiguration {

	/**
	 * The client of everything else, on the primary. Declared here because Boot's own
	 * backs off as soon as any {@code JdbcClient} bean exists.
	 */
	@Bean
	@Primary
	JdbcClient jdbcClient(NamedParameterJdbcTemplate primary) {
		return JdbcClient.create(primary);
	}

	@Bean
	@Reports
	JdbcClient reportJdbc(DataSource primary, ObjectProvider<ReplicaMonitor> replica) {
		ReplicaMonitor monitor = replica.getIfAvailable();
		return JdbcClient
			.create((monitor != null) ? new ReplicaRoutingDataSource(primary, monitor.replica(), monitor) : primary);
	}

	@Bean
	ReportTransactions reportTransactions(JdbcClient primary, ObjectProvider<ReplicaMonitor> replica) {
		return new ReportTransactions(primary, replica.getIfAvailable() == null);
	}

	@Bean
	@ConditionalOnExpression("'${portal.replica.url:}' != ''")
	ReplicaMonitor replicaMonitor(DataSource primary, @Value("${portal.replica.url}") String url,
			@Value("${portal.replica.username:}") String username,
			@Value("${portal.replica.password:}") String password,
			@Value("${portal.replica.max-lag:10s}") Duration maxLag,
			@Value("${portal.replica.check-interval:2s}") Duration checkInterval,
			@Value("${portal.replica.pool-size:10}") int poolSize, MeterRegistry meters) {
		ReplicaMonitor monitor = new ReplicaMonitor(primary, ReplicaMonitor.pool(url, username, password, poolSize),
				maxLag, checkInterval);
		Gauge.builder("portal.replica.in.use", monitor, (m) -> m.usable() ? 1 : 0)
			.strongReference(true)
			.description("1 while report queries read from the replica, 0 while from the primary")
			.register(meters);
		Gauge.builder("portal.replica.lag.seconds", monitor, ReplicaMonitor::lagSeconds)
			.strongReference(true)
			.description("At most how far the replica is behind the primary")
			.register(meters);
		return monitor;
	}

}
