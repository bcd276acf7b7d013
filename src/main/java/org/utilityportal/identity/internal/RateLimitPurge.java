package org.utilityportal.identity.internal;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes rate-limit buckets that are full again (and so remember nothing), including
 * those of addresses and names never seen again; once an hour, on one instance.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class RateLimitPurge {

	private static final int BATCH = 1000;

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	/**
	 * Removes expired buckets in batches (a scheduler lock needs a method without
	 * result).
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "sign-in-purge", lockAtLeastFor = "PT50M", lockAtMostFor = "PT55M")
	public void purgeExpired() {
		int removed = 0;
		int batch;
		do {
			batch = this.buckets.removeExpired(BATCH);
			removed += batch;
		}
		while (batch == BATCH);
		log.debug("Removed {} expired rate-limit buckets", removed);
	}

}
