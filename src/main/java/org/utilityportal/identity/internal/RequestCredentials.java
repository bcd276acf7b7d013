package org.utilityportal.identity.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Which requests carry their own credentials, and what follows from it. A request with an
 * {@code Authorization: Basic …} or {@code Bearer …} header is authenticated by that
 * header alone: its security context is never read from (or written to) the cookie
 * session. That is what makes it safe to exempt exactly these requests from CSRF: a
 * forged request that rides on a victim's cookie either has no such header (CSRF applies)
 * or is judged by the header's credentials only, which the forger does not have. Any
 * other {@code Authorization} scheme is treated like no header at all.
 */
final class RequestCredentials {

	private RequestCredentials() {
	}

	/** Whether the request authenticates itself with HTTP Basic or a bearer token. */
	static boolean carriedBy(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			return false;
		}
		String scheme = header.strip().toLowerCase(Locale.ROOT);
		return scheme.startsWith("basic ") || scheme.startsWith("bearer ");
	}

	/**
	 * The session for everything else, the request alone for requests that carry their
	 * own credentials.
	 */
	static SecurityContextRepository contextRepository() {
		return new ByCredentials(new HttpSessionSecurityContextRepository(),
				new RequestAttributeSecurityContextRepository());
	}

	private record ByCredentials(SecurityContextRepository session,
			SecurityContextRepository request) implements SecurityContextRepository {

		private SecurityContextRepository of(HttpServletRequest request) {
			return carriedBy(request) ? this.request : this.session;
		}

		@Override
		@SuppressWarnings("deprecation")
		public SecurityContext loadContext(HttpRequestResponseHolder holder) {
			return of(holder.getRequest()).loadContext(holder);
		}

		@Override
		public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
			return of(request).loadDeferredContext(request);
		}

		@Override
		public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
			of(request).saveContext(context, request, response);
		}

		@Override
		public boolean containsContext(HttpServletRequest request) {
			return of(request).containsContext(request);
		}

	}

}
