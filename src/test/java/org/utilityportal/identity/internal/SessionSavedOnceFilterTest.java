package org.utilityportal.identity.internal;

import java.io.IOException;
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
		SessionRepositoryFilter<MapSession> sessionFilter = new SessionRepositoryFilter<>(this.sessions);
		sessionFilter.setHttpSessionIdResolver(HeaderHttpSessionIdResolver.xAuthToken());
		Filter[] filters = new Filter[inside.length + 1];
		filters[0] = sessionFilter;
		System.arraycopy(inside, 0, filters, 1, inside.length);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/my/bills/1");
		request.addHeader("X-Auth-Token", sessionId);
		MockHttpServletResponse response = new MockHttpServletResponse();
		new MockFilterChain(new PageServlet(contentType), filters).doFilter(request, response);
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

	/** Sessions in memory that count how often one is read. */
	private static final class CountingSessions extends MapSessionRepository {

		private final AtomicInteger reads = new AtomicInteger();

		CountingSessions() {
			super(new ConcurrentHashMap<>());
		}

		@Override
		public MapSession findById(String id) {
			this.reads.incrementAndGet();
			return super.findById(id);
		}

	}

}
