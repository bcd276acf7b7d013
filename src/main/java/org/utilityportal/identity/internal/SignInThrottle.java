package org.utilityportal.identity.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.utilityportal.identity.RateDecision;
import org.utilityportal.identity.RateLimit;
import org.utilityportal.identity.RateLimits;
import org.utilityportal.identity.RateLimits.Keyed;

import static org.utilityportal.identity.RateLimit.band;

/**
 * Slows password guessing without ever locking anyone out. Every sign-in try takes one
 * try from two limits, by client address and by name, before the password is checked; a
 * try that succeeds is given back, so only failures use them up. When a limit is used up
 * the try is refused with the time to wait, and the waits grow as the wider bands run out
 * too.
 * <ul>
 * <li>By client address, all names together: 5 a minute, 20 an hour, 100 a day. Spraying
 * one password over many names from one address is slowed after five names, guessing one
 * name from one address after five tries.</li>
 * <li>By name, all addresses together: 10 a minute, 50 an hour, 300 a day: wider than
 * what one address can use, so an attacker at one address never slows the real person
 * signing in from another; only guessing from many addresses at once does.</li>
 * </ul>
 * Names that do not exist are counted exactly like real ones, so the answer never tells
 * whether an account exists. The counts live in PostgreSQL ({@link RateLimits}), so they
 * hold across instances.
 */
@Component
@RequiredArgsConstructor
public class SignInThrottle {

	static final RateLimit BY_ADDRESS = RateLimit.of("sign-in-address", band(5, Duration.ofMinutes(1)),
			band(20, Duration.ofHours(1)), band(100, Duration.ofDays(1)));

	static final RateLimit BY_NAME = RateLimit.of("sign-in-name", band(10, Duration.ofMinutes(1)),
			band(50, Duration.ofHours(1)), band(300, Duration.ofDays(1)));

	private static final int MAX_NAME_LENGTH = 64;

	private final RateLimits limits;

	/**
	 * The form in which names are counted: trimmed, lower case, at most 64 characters.
	 */
	static String normalise(String username) {
		String name = (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
		return (name.length() > MAX_NAME_LENGTH) ? name.substring(0, MAX_NAME_LENGTH) : name;
	}

	/**
	 * Takes one try for this name from this address (either limit refusing refuses it).
	 * @param address the client's address, or {@code null} when there is none (then only
	 * the name counts)
	 */
	public RateDecision admit(String username, String address) {
		return this.limits.tryAcquireAll(limitsOf(username, address));
	}

	/** Gives back the try of a sign-in that succeeded. */
	public void succeeded(String username, String address) {
		this.limits.giveBack(limitsOf(username, address));
	}

	private static List<Keyed> limitsOf(String username, String address) {
		List<Keyed> limits = new ArrayList<>(2);
		if (address != null && !address.isBlank()) {
			limits.add(new Keyed(BY_ADDRESS, address));
		}
		limits.add(new Keyed(BY_NAME, normalise(username)));
		return limits;
	}

}
