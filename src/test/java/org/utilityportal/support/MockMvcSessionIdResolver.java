package org.utilityportal.support;

import java.util.List;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * Lets MockMvc tests keep passing a {@code MockHttpSession} from request to request while
 * sessions live in Spring Session JDBC: the id of the real (database) session is kept in
 * the mock session, and read back from it. Requests over real HTTP (browser tests) use
 * the cookie as in production.
 */
final class MockMvcSessionIdResolver implements HttpSessionIdResolver {

	private static final String ID = MockMvcSessionIdResolver.class.getName() + ".id";

	private final CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();

	MockMvcSessionIdResolver(CookieSerializer serializer) {
		this.cookies.setCookieSerializer(serializer);
	}

	@Override
	public List<String> resolveSessionIds(HttpServletRequest request) {
		MockHttpServletRequest mock = mock(request);
		if (mock == null) {
			return this.cookies.resolveSessionIds(request);
		}
		HttpSession session = mock.getSession(false);
		Object id = (session != null) ? session.getAttribute(ID) : null;
		return (id != null) ? List.of((String) id) : List.of();
	}

	@Override
	public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
		MockHttpServletRequest mock = mock(request);
		if (mock == null) {
			this.cookies.setSessionId(request, response, sessionId);
			return;
		}
		mock.getSession(true).setAttribute(ID, sessionId);
	}

	@Override
	public void expireSession(HttpServletRequest request, HttpServletResponse response) {
		MockHttpServletRequest mock = mock(request);
		if (mock == null) {
			this.cookies.expireSession(request, response);
		}
		else if (mock.getSession(false) != null) {
			mock.getSession(false).removeAttribute(ID);
		}
	}

	private static MockHttpServletRequest mock(ServletRequest request) {
		ServletRequest current = request;
		while (current instanceof ServletRequestWrapper wrapper) {
			current = wrapper.getRequest();
		}
		return (current instanceof MockHttpServletRequest mock) ? mock : null;
	}

}
