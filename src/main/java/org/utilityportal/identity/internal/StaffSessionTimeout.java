package org.utilityportal.identity.internal;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * After a sign-in through the form: a member of staff's session ends after
 * {@code portal.security.staff-idle-timeout} without a request (30 minutes by default,
 * whatever the sessions of customers are set to), then the usual landing page.
 */
class StaffSessionTimeout implements AuthenticationSuccessHandler {

	private final AuthenticationSuccessHandler next;

	private final Duration staffIdleTimeout;

	StaffSessionTimeout(AuthenticationSuccessHandler next, Duration staffIdleTimeout) {
		this.next = next;
		this.staffIdleTimeout = staffIdleTimeout;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof PortalPrincipal person && person.role().isStaff()) {
			request.getSession().setMaxInactiveInterval((int) this.staffIdleTimeout.toSeconds());
		}
		this.next.onAuthenticationSuccess(request, response, authentication);
	}

}
