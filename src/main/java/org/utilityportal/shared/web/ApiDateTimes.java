package org.utilityportal.shared.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

import org.springframework.boot.jackson.JacksonComponent;

/**
 * How a date-time in a JSON request becomes a business-local date-time: it must be an
 * ISO-8601 instant with its offset ({@code 2026-11-23T14:05:00+08:00} or
 * {@code 2026-11-23T06:05:00Z}), which is converted to the business time zone, so the
 * same moment is meant whatever offset the caller writes. A date-time without an offset
 * is refused (the caller's zone cannot be guessed): Jackson reports it as an invalid
 * value of the field, which {@link ApiProblems} answers with 400 naming the field.
 * <p>
 * Forms of the pages bind their {@code datetime-local} inputs without Jackson and stay
 * business-local.
 */
@JacksonComponent
public class ApiDateTimes extends StdScalarDeserializer<LocalDateTime> {

	private final Clock clock;

	ApiDateTimes(Clock clock) {
		super(LocalDateTime.class);
		this.clock = clock;
	}

	@Override
	public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) {
		if (!parser.hasToken(JsonToken.VALUE_STRING)) {
			return (LocalDateTime) context.handleUnexpectedToken(LocalDateTime.class, parser);
		}
		String text = parser.getString().strip();
		try {
			return LocalDateTime.ofInstant(OffsetDateTime.parse(text).toInstant(), this.clock.getZone());
		}
		catch (DateTimeParseException ex) {
			return (LocalDateTime) context.handleWeirdStringValue(LocalDateTime.class, text,
					"an ISO-8601 date-time with an offset is expected, such as 2026-11-23T14:05:00+08:00");
		}
	}

}
