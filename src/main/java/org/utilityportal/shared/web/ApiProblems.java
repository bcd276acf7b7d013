package org.utilityportal.shared.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The one place where bad input to the JSON API becomes 400 with a problem detail naming
 * the field ({@link ApiErrors}): a body that is not JSON (the field is {@code ""}), a
 * value of the wrong type, an unknown choice, a number too large to read, a date-time
 * without its offset ({@link ApiDateTimes}), a path or query parameter that is not of its
 * type or missing, and a {@code @Valid} body without a {@code BindingResult}. Applies to
 * every {@code @RestController}; pages keep their own error pages.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, Locale locale) {
		MapBindingResult errors = errors();
		if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			errors.rejectValue(field(jackson), code(jackson), arguments(jackson), null);
		}
		else {
			errors.reject("api.error.json");
		}
		return ApiErrors.of(errors, this.messages, locale);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex, Locale locale) {
		return ApiErrors.of(ex.getBindingResult(), this.messages, locale);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException ex, Locale locale) {
		MapBindingResult errors = errors();
		errors.rejectValue(ex.getName(), code(ex.getRequiredType()), arguments(ex.getRequiredType()), null);
		return ApiErrors.of(errors, this.messages, locale);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException ex, Locale locale) {
		MapBindingResult errors = errors();
		errors.rejectValue(ex.getParameterName(), "validation.required");
		return ApiErrors.of(errors, this.messages, locale);
	}

	/** Other type mismatches (e.g. of a {@code @ModelAttribute}'s property). */
	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException ex, Locale locale) {
		MapBindingResult errors = errors();
		String field = (ex.getPropertyName() != null) ? ex.getPropertyName() : "";
		errors.rejectValue(field, code(ex.getRequiredType()), arguments(ex.getRequiredType()), null);
		return ApiErrors.of(errors, this.messages, locale);
	}

	private static MapBindingResult errors() {
		return new MapBindingResult(new java.util.HashMap<>(), "request");
	}

	/** {@code customer.addresses[0].street}, as a client names the field it sent. */
	private static String field(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String code(JacksonException ex) {
		return (ex instanceof MismatchedInputException mismatched) ? code(mismatched.getTargetType())
				: "api.error.value";
	}

	private static Object[] arguments(JacksonException ex) {
		return (ex instanceof MismatchedInputException mismatched) ? arguments(mismatched.getTargetType())
				: new Object[0];
	}

	private static String code(Class<?> type) {
		if (type == null) {
			return "api.error.value";
		}
		if (type == LocalDateTime.class || java.time.temporal.Temporal.class.isAssignableFrom(type)
				&& type != LocalDate.class && type != YearMonth.class) {
			return "api.error.dateTime";
		}
		if (type == LocalDate.class) {
			return "api.error.date";
		}
		if (type == YearMonth.class) {
			return "api.error.month";
		}
		if (type.isEnum()) {
			return "api.error.choice";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "api.error.number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "api.error.boolean";
		}
		return "api.error.value";
	}

	private static Object[] arguments(Class<?> type) {
		if (type != null && type.isEnum()) {
			return new Object[] { Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", ")) };
		}
		return new Object[0];
	}

}
