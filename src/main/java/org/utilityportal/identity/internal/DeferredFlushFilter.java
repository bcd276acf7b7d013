package org.utilityportal.identity.internal;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back the flushes of a response until the request is done, so the session is saved
 * once per request. Spring Session saves the session when the response is first flushed
 * and again when its filter ends; Thymeleaf flushes every page when it has rendered it,
 * and the second save reads the session from the database again (an extra statement and
 * transaction on every page view, spring-session issue #1731). Placed just inside Spring
 * Session's filter, this wrapper lets the page stay in the response buffer (which holds a
 * whole page, {@code ResponseBufferFilter}) until the session filter has saved the
 * session; the servlet container then sends it. A response larger than the buffer, a
 * redirect or an error still reaches Spring Session at once, as before.
 */
class DeferredFlushFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new FlushHeldBack(response));
	}

	private static final class FlushHeldBack extends HttpServletResponseWrapper {

		private PrintWriter writer;

		private ServletOutputStream stream;

		FlushHeldBack(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void flushBuffer() {
			// The container flushes when the request is done.
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				this.writer = new PrintWriter(super.getWriter()) {

					@Override
					public void flush() {
						// The container flushes when the request is done.
					}

				};
			}
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new UnflushedStream(super.getOutputStream());
			}
			return this.stream;
		}

	}

	private static final class UnflushedStream extends ServletOutputStream {

		private final ServletOutputStream delegate;

		UnflushedStream(ServletOutputStream delegate) {
			this.delegate = delegate;
		}

		@Override
		public void write(int b) throws IOException {
			this.delegate.write(b);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.delegate.write(bytes, offset, length);
		}

		@Override
		public void flush() {
			// The container flushes when the request is done.
		}

		@Override
		public void close() throws IOException {
			this.delegate.close();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setWriteListener(WriteListener listener) {
			this.delegate.setWriteListener(listener);
		}

	}

}
