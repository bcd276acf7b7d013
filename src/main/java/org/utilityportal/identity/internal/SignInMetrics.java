package org.utilityportal.identity.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import lombok.RequiredArgsConstructor;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts sign-ins through the form as {@code portal.sign.ins} with the outcome: {@code
 * success}, {@code bad} (wrong name or password), {@code throttled} (refused by the
 * limits of {@link SignInThrottle}) or {@code disabled}. A rise of {@code throttled} is
 * someone guessing passwords. Requests of the JSON API that carry their credentials are
 * not sign-ins and are not counted.
 */
@Component
@RequiredArgsConstructor
class SignInMetrics {

	static final String METER = "portal.sign.ins";

	private final MeterRegistry meters;

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		count(this.meters, "success");
	}

	static void count(MeterRegistry meters, String outcome) {
		Counter.builder(METER)
			.description("Sign-ins through the form, by outcome")
			.tag("outcome", outcome)
			.register(meters)
			.increment();
	}

}
