package org.utilityportal.identity;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.utilityportal.identity.internal.SignInThrottle;

/**
 * Limits guesses at anything secret besides the password (for example the identity digits
 * asked at online registration), with the same limits as sign-in: after the configured
 * number of failures for one key within the window, the key is blocked for the lock
 * duration. Keys are stored in the database, so the limit holds across instances.
 */
@Service
@RequiredArgsConstructor
public class AttemptGuard {

	private final SignInThrottle throttle;

	/** Whether guesses for this key are blocked now. */
	public boolean isBlocked(String key) {
		return this.throttle.isLocked(key);
	}

	/**
	 * Counts a wrong guess.
	 * @return whether this guess blocked the key
	 */
	public boolean recordFailure(String key) {
		return this.throttle.recordFailure(key);
	}

	/** Forgets earlier wrong guesses for this key. */
	public void recordSuccess(String key) {
		this.throttle.recordSuccess(key);
	}

}
