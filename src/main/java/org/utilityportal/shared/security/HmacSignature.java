package org.utilityportal.shared.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of the payment provider contract (docs/PAYMENTS.md): HMAC-SHA256 with the
 * shared secret over the canonical text of the fields, as lower-case hex in the field
 * {@value #SIGN}. The canonical text is every field but {@value #SIGN} with a non-empty
 * value, sorted by name (byte order), written {@code name=value} and joined with
 * {@code &}, in UTF-8 — the scheme WeChat Pay (v2) and Alipay use with their own hashes.
 */
public final class HmacSignature {

	/** The field that carries the signature. */
	public static final String SIGN = "sign";

	private static final String ALGORITHM = "HmacSHA256";

	private HmacSignature() {
	}

	/** The text that is signed. */
	public static String canonical(Map<String, String> fields) {
		return new TreeMap<>(fields).entrySet()
			.stream()
			.filter((field) -> !SIGN.equals(field.getKey()))
			.filter((field) -> field.getValue() != null && !field.getValue().isEmpty())
			.map((field) -> field.getKey() + "=" + field.getValue())
			.collect(Collectors.joining("&"));
	}

	/** The signature of the fields with a secret. */
	public static String sign(Map<String, String> fields, String secret) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
			return HexFormat.of().formatHex(mac.doFinal(canonical(fields).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/** The fields with their signature added. */
	public static Map<String, String> signed(Map<String, String> fields, String secret) {
		Map<String, String> signed = new TreeMap<>(fields);
		signed.put(SIGN, sign(fields, secret));
		return signed;
	}

	/**
	 * Whether the fields carry the right signature (compared in constant time, so the
	 * time taken tells nothing about a forged one).
	 */
	public static boolean verify(Map<String, String> fields, String secret) {
		String given = fields.get(SIGN);
		if (given == null || secret == null || secret.isEmpty()) {
			return false;
		}
		return MessageDigest.isEqual(sign(fields, secret).getBytes(StandardCharsets.UTF_8),
				given.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
	}

}
