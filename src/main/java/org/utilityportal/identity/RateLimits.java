package org.utilityportal.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.utilityportal.shared.security.Sha256;

/**
 * Rate limits that hold across every instance of the portal: token buckets (Bucket4j)
 * kept in PostgreSQL, one row per limit and key, each try taken under a row lock, so two
 * instances never let through more than the limit between them. Keys are hashed before
 * they are stored. Used for sign-in (by client address and by name) and for registration
 * codes (by account, by address and for everyone together).
 */
@Service
@RequiredArgsConstructor
public class RateLimits {

	private final ProxyManager<String> buckets;

	private final Map<String, BucketConfiguration> configurations = new ConcurrentHashMap<>();

	/** A limit applied to one key (an address, a name, an account number, "all"). */
	public record Keyed(RateLimit limit, String key) {
	}

	/**
	 * Takes one try from the limit for this key, atomically.
	 * @return allowed, or refused with the time until a try would be allowed
	 */
	public RateDecision tryAcquire(RateLimit limit, String key) {
		return tryAcquireAll(List.of(new Keyed(limit, key)));
	}

	/**
	 * Takes one try from each of these limits, or from none: when one refuses, the tries
	 * already taken from the others are given back.
	 * @return allowed, or refused with the wait of the limit that refused
	 */
	public RateDecision tryAcquireAll(List<Keyed> limits) {
		List<Keyed> taken = new ArrayList<>();
		for (Keyed keyed : limits) {
			ConsumptionProbe probe = bucket(keyed).tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				taken.forEach(this::giveBack);
				return RateDecision.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
			}
			taken.add(keyed);
		}
		return RateDecision.ALLOWED;
	}

	/**
	 * Gives one try back to each of these limits (a try that turned out not to count).
	 */
	public void giveBack(List<Keyed> limits) {
		limits.forEach(this::giveBack);
	}

	private void giveBack(Keyed keyed) {
		bucket(keyed).addTokens(1);
	}

	private BucketProxy bucket(Keyed keyed) {
		RateLimit limit = keyed.limit();
		BucketConfiguration configuration = this.configurations.computeIfAbsent(limit.name(),
				(name) -> configurationOf(limit));
		return this.buckets.builder().build(limit.name() + ":" + hash(keyed.key()), () -> configuration);
	}

	private static BucketConfiguration configurationOf(RateLimit limit) {
		var builder = BucketConfiguration.builder();
		for (RateLimit.Band band : limit.bands()) {
			builder.addLimit(
					(bandwidth) -> bandwidth.capacity(band.capacity()).refillGreedy(band.capacity(), band.period()));
		}
		return builder.build();
	}

	private static String hash(String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(Sha256.digest(key));
	}

}
