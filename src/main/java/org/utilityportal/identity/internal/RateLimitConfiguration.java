package org.utilityportal.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bucket4j's token buckets in the table {@code rate_limit_bucket} (V130): each try locks
 * its row ({@code select … for update}) in a short transaction of its own, so a try
 * counts even when the caller's transaction rolls back, and instances never race. Time is
 * the portal's {@link Clock}; a row expires five minutes after its bucket is full again
 * ({@link RateLimitPurge} removes it).
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBuckets(DataSource dataSource, Clock clock) {
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.clientClock(new ClockTimeMeter(clock))
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(5)))
			.build();
	}

	/** The portal's clock as Bucket4j reads time, so tests can move it. */
	private record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			Instant now = this.clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
