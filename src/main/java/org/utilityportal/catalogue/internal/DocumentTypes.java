package org.utilityportal.catalogue.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.multipart.MultipartFile;

/**
 * The document types an order accepts, recognised by their first bytes (never by the name
 * a file came with): PDF, JPEG and PNG.
 */
public final class DocumentTypes {

	private static final Map<String, byte[]> SIGNATURES = new LinkedHashMap<>();

	static {
		SIGNATURES.put("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' });
		SIGNATURES.put("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });
		SIGNATURES.put("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
	}

	private DocumentTypes() {
	}

	/**
	 * The type of content starting with these bytes, or empty when it is not accepted.
	 */
	public static Optional<String> of(byte[] content) {
		return SIGNATURES.entrySet()
			.stream()
			.filter((type) -> content.length >= type.getValue().length
					&& Arrays.equals(content, 0, type.getValue().length, type.getValue(), 0, type.getValue().length))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/** The type of an uploaded file, from its first bytes only. */
	public static Optional<String> of(MultipartFile file) {
		try (var in = file.getInputStream()) {
			return of(in.readNBytes(8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
