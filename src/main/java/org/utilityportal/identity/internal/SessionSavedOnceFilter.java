package org.utilityportal.identity.internal;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.annotation.Order;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets Spring Session save the session once per page instead of twice. Spring Session
 * saves the session when the response is committed and again when its filter ends, and
 * the second save first reads the session from PostgreSQL again (spring-session #1731): a
 * transaction and two round trips per page for nothing. Thymeleaf flushes its writer at
 * the end of every page, which commits the response. Here the flush of an HTML page's
 * writer is held back: the page stays in the response buffer (64 KB,
 * {@code ResponseBufferFilter}) and goes out when the request ends, after Spring
 * Session's one save.
 * <p>
 * Nothing else changes: a page larger than the buffer still commits the response when the
 * buffer fills (Spring Session saves first, as before), and other responses (JSON, files,
 * event streams) flush when they ask. Runs just inside Spring Session's filter, so it
 * sees the flushes before Spring Session does. See docs/DECISIONS.md, "The bill page
 * against 2e0ab2d: one session save per page".
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class SessionSavedOnceFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new PageFlushHeldBack(response));
	}

	/** A response whose writer does not flush while it writes an HTML page. */
	private static final class PageFlushHeldBack extends HttpServletResponseWrapper {

		private PrintWriter writer;

		PageFlushHeldBack(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				this.writer = new PrintWriter(super.getWriter(), false) {

					@Override
					public void flush() {
						if (!isPage()) {
							super.flush();
						}
					}

				};
			}
			return this.writer;
		}

		private boolean isPage() {
			String type = getContentType();
			return type != null && type.startsWith("text/html");
		}

	}

}
