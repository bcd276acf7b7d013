package org.utilityportal.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fields as an {@code application/x-www-form-urlencoded} body (UTF-8), the way payment
 * providers and the portal send each other requests and notifications.
 */
public final class FormEncoding {

	private FormEncoding() {
	}

	/** The fields, encoded, in the map's order. */
	public static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(String.valueOf(field.getValue()), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
