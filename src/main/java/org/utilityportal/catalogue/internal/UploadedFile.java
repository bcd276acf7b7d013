package org.utilityportal.catalogue.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;

/**
 * A document as it is kept: its name made safe for a download header (no control
 * characters, quotes or slashes, at most 200 characters), its type recognised from its
 * content, the bytes and their SHA-256 (so a copy shown later can be checked against what
 * was given).
 *
 * @param fileName the name, {@code document} when it came without one
 * @param contentType the recognised type
 * @param content the bytes
 * @param sha256 their SHA-256, in hex
 */
public record UploadedFile(String fileName, String contentType, byte[] content, String sha256) {

	/**
	 * Reads an uploaded file that passed the checks.
	 * @throws IllegalArgumentException when its type is not accepted
	 */
	public static UploadedFile of(MultipartFile file) {
		byte[] content;
		try {
			content = file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String type = DocumentTypes.of(content)
			.orElseThrow(() -> new IllegalArgumentException("Not a document type an order accepts"));
		return new UploadedFile(safeName(file.getOriginalFilename()), type, content, sha256(content));
	}

	private static String safeName(String original) {
		String name = StringUtils.getFilename(original);
		if (!StringUtils.hasText(name)) {
			return "document";
		}
		name = name.replaceAll("[\\p{Cntrl}\"\\\\/]", "_").strip();
		return name.substring(0, Math.min(200, name.length()));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
