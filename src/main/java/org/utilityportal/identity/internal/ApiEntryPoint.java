package org.utilityportal.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * What the API answers a request it cannot sign in: 429 with {@code Retry-After} when the
 * sign-in limits refused an HTTP Basic try, else 401 asking for a bearer token (and for
 * HTTP Basic where that is on, in development).
 */
class ApiEntryPoint implements AuthenticationEntryPoint {

	private final boolean httpBasic;

	ApiEntryPoint(boolean httpBasic) {
		this.httpBasic = httpBasic;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		if (exception instanceof SignInThrottledException throttled) {
			response.setStatus(429);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfter().toSeconds()));
			response.getWriter().write("{\"error\":\"too_many_requests\"}");
			return;
		}
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		if (this.httpBasic) {
			response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Utility Portal\"");
		}
		response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		response.getWriter().write("{\"error\":\"unauthorized\"}");
	}

}
