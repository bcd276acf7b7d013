package org.utilityportal.identity.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.web.http.HeaderHttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Session reads a session again when it saves it a second time, and a page's flush
 * made it save twice (issue 16, the bill page against 2e0ab2d).
 */
class SessionSavedOnceFilterTest {

	private final CountingSessions sessions = new CountingSessions();

	@Test
	void aPageReadsItsSessionOnceAndIsWrittenInFull() throws Exception {
		String id = signedIn();

		MockHttpServletResponse response = view(id, "text/html;charset=UTF-8", new SessionSavedOnceFilter());

		assertThat(this.sessions.reads).hasValue(1);
		assertThat(response.getContentAsString()).isEqualTo("<p>李雷 viewed</p>");
	}

	@Test
	void withoutItAPageReadsItsSessionTwice() throws Exception {
		String id = signedIn();

		view(id, "text/html;charset=UTF-8");

		assertThat(this.sessions.reads).as("spring-session #1731, the reason for the filter").hasValue(2);
	}

	@Test
	void aPageLargerThanTheBufferHasItsNewSessionSavedBeforeTheResponseIsCommitted() throws Exception {
		String large = "<td>" + "x".repeat(40) + "</td>";
		int writes = 2 * 4096 / large.length();

		MockHttpServletResponse response = view(null, new LargePageServlet(large, writes),
				new SessionSavedOnceFilter());

		assertThat(this.sessions.committedWhenSaved).as("saved first while the response was not yet committed")
			.first()
			.isEqualTo(false);
		assertThat(response.getHeader("X-Auth-Token")).isNotBlank();
		assertThat(response.getContentAsString()).hasSize(writes * (large.length() + 1));
	}

	@Test
	void aSmallPageSavesItsNewSessionOnceWhenTheRequestEnds() throws Exception {
		MockHttpServletResponse response = view(null, new LargePageServlet("<p>short</p>", 1),
				new SessionSavedOnceFilter());

		assertThat(this.sessions.committedWhenSaved).containsExactly(false);
		assertThat(response.getHeader("X-Auth-Token")).isNotBlank();
		assertThat(response.getContentAsString()).isEqualTo("<p>short</p>\n");
	}

	@Test
	void otherResponsesStillFlushWhenTheyAsk() throws Exception {
		String id = signedIn();

		MockHttpServletResponse response = view(id, "text/event-stream", new SessionSavedOnceFilter());

		assertThat(response.isCommitted()).isTrue();
	}

	private String signedIn() {
		MapSession session = this.sessions.createSession();
		session.setAttribute("name", "李雷");
		this.sessions.save(session);
		this.sessions.reads.set(0);
		return session.getId();
	}

	/**
	 * One request through Spring Session's filter, the filters given and a servlet that
	 * writes a page of {@code contentType} and flushes it, as Thymeleaf does.
	 */
	private MockHttpServletResponse view(String sessionId, String contentType, Filter... inside) throws Exception {
		return view(sessionId, new PageServlet(contentType), inside);
	}

	private MockHttpServletResponse view(String sessionId, HttpServlet servlet, Filter... inside) throws Exception {
		SessionRepositoryFilter<MapSession> sessionFilter = new SessionRepositoryFilter<>(this.sessions);
		sessionFilter.setHttpSessionIdResolver(HeaderHttpSessionIdResolver.xAuthToken());
		Filter[] filters = new Filter[inside.length + 1];
		filters[0] = sessionFilter;
		System.arraycopy(inside, 0, filters, 1, inside.length);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/my/bills/1");
		if (sessionId != null) {
			request.addHeader("X-Auth-Token", sessionId);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.sessions.response = response;
		new MockFilterChain(servlet, filters).doFilter(request, response);
		return response;
	}

	private static final class PageServlet extends HttpServlet {

		private final String contentType;

		PageServlet(String contentType) {
			this.contentType = contentType;
		}

		@Override
		protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
			Object name = request.getSession().getAttribute("name");
			response.setContentType(this.contentType);
			response.getWriter().write("<p>" + name + " viewed</p>");
			response.getWriter().flush();
		}

	}

	/**
	 * A page that starts a session (as a form's CSRF token does) and writes a piece of
	 * markup so many times, a character at a time after each piece, as Thymeleaf writes.
	 */
	private static final class LargePageServlet extends HttpServlet {

		private final String piece;

		private final int times;

		LargePageServlet(String piece, int times) {
			this.piece = piece;
			this.times = times;
		}

		@Override
		protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
			request.getSession().setAttribute("token", "t");
			response.setContentType("text/html;charset=UTF-8");
			PrintWriter writer = response.getWriter();
			for (int i = 0; i < this.times; i++) {
				writer.write(this.piece);
				writer.write('\n');
			}
			writer.flush();
		}

	}

	/**
	 * Sessions in memory that count how often one is read and note whether the response
	 * was committed when one was saved.
	 */
	private static final class CountingSessions extends MapSessionRepository {

		private final AtomicInteger reads = new AtomicInteger();

		private final List<Boolean> committedWhenSaved = new ArrayList<>();

		private MockHttpServletResponse response;

		CountingSessions() {
			super(new ConcurrentHashMap<>());
		}

		@Override
		public void save(MapSession session) {
			if (this.response != null) {
				this.committedWhenSaved.add(this.response.isCommitted());
			}
			super.save(session);
		}

		@Override
		public MapSession findById(String id) {
			this.reads.incrementAndGet();
			return super.findById(id);
		}

	}

}
