package org.utilityportal.identity.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.utilityportal.shared.security.Role;

/**
 * Multipart bodies are not read for people who may not send them. The CSRF check reads
 * the form's token from the body, and for a multipart body that means reading (and
 * storing) every file in it; this filter runs before it and answers without touching the
 * body: 401 when nobody is signed in by the session, 413 when the declared length is
 * above the person's limit (a body of undeclared length, which browsers do not send for
 * forms, is left to the servlet's own limit). Administrators may send up to the servlet's
 * limit (the go-live import's legacy files); everyone else up to
 * {@code portal.security.multipart.max-size} (64 MB: the documents of an order, 5 MB
 * each). Basic or bearer credentials are checked after CSRF, so requests that carry them
 * send no multipart bodies (the API takes documents on the pages only).
 */
final class MultipartGuardFilter extends OncePerRequestFilter {

	private final DataSize maxSize;

	MultipartGuardFilter(DataSize maxSize) {
		this.maxSize = maxSize;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isMultipart(request)) {
			chain.doFilter(request, response);
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			refuse(response, HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		boolean administrator = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> Role.ADMIN.authority().equals(authority.getAuthority()));
		long length = request.getContentLengthLong();
		if (!administrator && length > this.maxSize.toBytes()) {
			refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	/** Closes the connection so the server does not read the unread body to reuse it. */
	private static void refuse(HttpServletResponse response, int status) throws IOException {
		response.setHeader("Connection", "close");
		response.sendError(status);
	}

}
