package org.utilityportal.identity;

import java.util.Locale;
import java.util.Optional;

/**
 * What a new password must be: at least 10 characters, with letters and digits, and not
 * the sign-in name. Returns the message key of the first rule broken.
 */
public final class PasswordPolicy {

	/** Fewest characters of a password. */
	public static final int MIN_LENGTH = 10;

	private PasswordPolicy() {
	}

	/** The message key of the broken rule, or empty when the password is acceptable. */
	public static Optional<String> check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("validation.password.length");
		}
		if (password.length() > 128) {
			return Optional.of("validation.password.tooLong");
		}
		boolean letters = password.codePoints().anyMatch(Character::isLetter);
		boolean digits = password.codePoints().anyMatch(Character::isDigit);
		if (!letters || !digits) {
			return Optional.of("validation.password.mix");
		}
		if (username != null && password.toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT))) {
			return Optional.of("validation.password.containsUsername");
		}
		return Optional.empty();
	}

	/**
	 * Whether a sign-in name has the allowed shape: 3–32 of a–z, 0–9, dot, dash,
	 * underscore.
	 */
	public static boolean isValidUsername(String username) {
		return username != null && username.trim().toLowerCase(Locale.ROOT).matches("[a-z0-9._\\-]{3,32}");
	}

}
