package org.utilityportal.support;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the SMS outbox as the phone would: the registration code last texted to a mobile
 * number. The text is written a moment after the code (an event), so this waits for it.
 */
public final class TextMessages {

	private static final Pattern CODE = Pattern.compile("(\\d{6})");

	private TextMessages() {
	}

	/** The six digits of the newest text to this number, waiting up to 15 seconds. */
	public static String latestCode(JdbcClient jdbc, String mobile) {
		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (System.nanoTime() < deadline) {
			Optional<String> body = jdbc.sql("select body from sms_outbox where recipient = ? order by id desc limit 1")
				.param(mobile)
				.query(String.class)
				.optional();
			Optional<String> code = body.map(CODE::matcher).filter(Matcher::find).map((matcher) -> matcher.group(1));
			if (code.isPresent()) {
				return code.get();
			}
			sleep();
		}
		throw new AssertionError("No text message reached " + mobile);
	}

	/** How many texts went to this number. */
	public static long count(JdbcClient jdbc, String mobile) {
		return jdbc.sql("select count(*) from sms_outbox where recipient = ?").param(mobile).query(Long.class).single();
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
