package org.utilityportal.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of text (UTF-8), for secrets too long or too short-lived to need a slow hash
 * (API tokens, registration codes) and for keys that should not be stored in clear.
 */
public final class Sha256 {

	private Sha256() {
	}

	/** The digest's 32 bytes. */
	public static byte[] digest(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** The digest as 64 lower-case hexadecimal characters. */
	public static String hex(String text) {
		return HexFormat.of().formatHex(digest(text));
	}

}
