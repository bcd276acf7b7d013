package org.utilityportal.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person who signed in with a temporary password (set by an administrator) can open
 * nothing but the password page until they have chosen their own; the API answers 403 for
 * them.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (authentication != null && authentication.getPrincipal() instanceof PortalUserDetails user
				&& user.mustChangePassword() && !allowed(path)) {
			if (path.startsWith("/api/")) {
				response.sendError(HttpServletResponse.SC_FORBIDDEN);
			}
			else {
				response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(String path) {
		return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.equals("/error") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/img/") || path.startsWith("/webjars/");
	}

}
