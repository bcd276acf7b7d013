package org.utilityportal.shared.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * Bad input on the JSON API: 400 with a problem detail whose {@code errors} map each
 * field (or {@code ""} for the whole request) to its message in the caller's language,
 * the same messages the pages show.
 */
public final class ApiErrors {

	private ApiErrors() {
	}

	public static ResponseEntity<ProblemDetail> of(Errors errors, MessageSource messages, Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		errors.getAllErrors().forEach((error) -> {
			String field = (error instanceof FieldError fieldError) ? fieldError.getField() : "";
			fields.putIfAbsent(field, messages.getMessage(error, locale));
		});
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setTitle(messages.getMessage("api.invalid", null, "Invalid request", locale));
		problem.setProperty("errors", fields);
		return ResponseEntity.badRequest().body(problem);
	}

}
