package org.utilityportal.identity.internal;

import java.security.SecureRandom;

/**
 * One-time passwords an administrator hands to a person: 12 characters of letters and
 * digits that cannot be mistaken for each other (no 0/O, 1/l/I), always with both letters
 * and digits, so they satisfy the password policy.
 */
final class TemporaryPasswords {

	private static final String LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String DIGITS = "23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TemporaryPasswords() {
	}

	static String next() {
		StringBuilder password = new StringBuilder(12);
		String all = LETTERS + DIGITS;
		for (int i = 0; i < 12; i++) {
			String from = (i == 3) ? DIGITS : (i == 0) ? LETTERS : all;
			password.append(from.charAt(RANDOM.nextInt(from.length())));
		}
		return password.toString();
	}

}
