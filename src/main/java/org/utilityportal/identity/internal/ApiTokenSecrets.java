package org.utilityportal.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.utilityportal.shared.security.Sha256;

/**
 * Makes and hashes API token secrets: {@code upt_} and 32 random bytes (256 bits) in
 * URL-safe Base64. A secret that long cannot be guessed, so a fast hash (SHA-256) is
 * enough at rest and lets a token be found by its hash.
 */
final class ApiTokenSecrets {

	static final String PREFIX = "upt_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private ApiTokenSecrets() {
	}

	static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String secret) {
		return Sha256.hex(secret);
	}

}
