package org.utilityportal.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed sign-in back to the form with the reason: a wrong name or password
 * (never which of the two), too many tries (with the seconds to wait), or a disabled
 * account (told only after the right password). Each failure is counted by reason
 * ({@link SignInMetrics}).
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	private final MeterRegistry meters;

	SignInFailureHandler(MeterRegistry meters) {
		this.meters = meters;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String target = switch (exception) {
			case SignInThrottledException throttled -> "wait&seconds=" + throttled.retryAfter().toSeconds();
			case DisabledException disabled -> "disabled";
			default -> "bad";
		};
		String reason = target.startsWith("wait") ? "throttled" : target;
		SignInMetrics.count(this.meters, reason);
		this.redirect.sendRedirect(request, response, "/login?error=" + target);
	}

}
