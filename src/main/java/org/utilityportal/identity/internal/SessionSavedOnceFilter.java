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
 * Lets Spring Session save the session once per page instead of twice, and keeps its
 * response wrapper out of the writing of a page.
 * <ul>
 * <li>Spring Session saves the session when the response is committed and again when its
 * filter ends, and the second save first reads the session from PostgreSQL again
 * (spring-session #1731): a transaction and two round trips per page for nothing.
 * Thymeleaf flushes its writer at the end of every page, which commits the response. Here
 * the flush of an HTML page's writer is held back: the page stays in the response buffer
 * (64 KB, {@code ResponseBufferFilter}) and goes out when the request ends, after Spring
 * Session's one save.</li>
 * <li>To save before the response is committed, Spring Session's response wrapper counts
 * every write, and turns each single character written into a {@code String} to count it:
 * Thymeleaf writes thousands of them a page (each {@code <}, {@code >}, quote), about 40
 * KB of garbage and 2% of the processor time of a counter search page. An HTML page's
 * writer here writes to the response Spring Session wraps and counts the characters
 * itself, as Spring Session does but without allocating; when the page reaches the
 * response's buffer size, it has Spring Session save the session first (by flushing its
 * wrapper), as Spring Session's own count would.</li>
 * </ul>
 * Nothing else changes: other responses (JSON, files, event streams) are written through
 * Spring Session's wrapper and flush when they ask. Runs just inside Spring Session's
 * filter, so it sees the writes and flushes before Spring Session does. See
 * docs/DECISIONS.md, "The bill page against 2e0ab2d: one session save per page" and
 * "Counter search: the cost per request".
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER + 1)
class SessionSavedOnceFilter extends OncePerRequestFilter {

	/** Spring Session's response wrapper (a private class, hence by name). */
	private static final String SESSION_RESPONSE = SessionRepositoryFilter.class.getName()
			+ "$SessionRepositoryResponseWrapper";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new PageFlushHeldBack(response));
	}

	/**
	 * A response whose writer, while it writes an HTML page, does not flush and bypasses
	 * Spring Session's counting wrapper.
	 */
	private static final class PageFlushHeldBack extends HttpServletResponseWrapper {

		private PrintWriter writer;

		PageFlushHeldBack(HttpServletResponse response) {
			super(response);
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				this.writer = isPage() ? pageWriter() : super.getWriter();
			}
			return this.writer;
		}

		private PrintWriter pageWriter() throws IOException {
			HttpServletResponse session = (HttpServletResponse) getResponse();
			if (session instanceof HttpServletResponseWrapper wrapper
					&& wrapper.getClass().getName().equals(SESSION_RESPONSE)) {
				return new PageWriter(wrapper.getResponse().getWriter(), session);
			}
			// Not behind Spring Session's filter: only the flush is held back.
			return new PageWriter(session.getWriter(), null);
		}

		private boolean isPage() {
			String type = getContentType();
			return type != null && type.startsWith("text/html");
		}

	}

	/**
	 * The writer of an HTML page: never flushes; counts the characters written and, when
	 * they reach the response's buffer size, has Spring Session save the session before
	 * the response is committed.
	 */
	private static final class PageWriter extends PrintWriter {

		private final HttpServletResponse session;

		private final long saveAt;

		private long written;

		/**
		 * @param out the writer of the response Spring Session wraps
		 * @param session Spring Session's response wrapper, or {@code null} when there is
		 * none to tell
		 */
		PageWriter(PrintWriter out, HttpServletResponse session) {
			super(out, false);
			this.session = session;
			this.saveAt = (session != null) ? Math.max(1, session.getBufferSize()) : Long.MAX_VALUE;
		}

		@Override
		public void write(int c) {
			count(1);
			super.write(c);
		}

		@Override
		public void write(char[] buf, int off, int len) {
			count(len);
			super.write(buf, off, len);
		}

		@Override
		public void write(String s, int off, int len) {
			count(len);
			super.write(s, off, len);
		}

		@Override
		public void flush() {
			// Held back until the request ends (Spring Session's one save comes first).
		}

		private void count(int characters) {
			if (this.written < this.saveAt) {
				this.written += characters;
				if (this.written >= this.saveAt) {
					saveSessionFirst();
				}
			}
		}

		/**
		 * The page outgrows the response buffer, so the container is about to commit it:
		 * flushing Spring Session's wrapper saves the session (and writes its cookie)
		 * first, then commits what is buffered (this writer holds nothing of its own).
		 */
		private void saveSessionFirst() {
			try {
				this.session.flushBuffer();
			}
			catch (IOException ex) {
				setError();
			}
		}

	}

}
