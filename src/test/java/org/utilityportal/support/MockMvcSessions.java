package org.utilityportal.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * Signing in with MockMvc while sessions live in the database (Spring Session JDBC): the
 * session of a sign-in is passed on as the {@code MockHttpSession} of its request, as
 * before; real HTTP requests keep using the cookie. Imported by every test context that
 * signs in with MockMvc.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcSessions {

	@Bean
	HttpSessionIdResolver httpSessionIdResolver() {
		// Boot's own cookie serializer steps back once a resolver is declared: the same
		// settings as application.yml.
		DefaultCookieSerializer cookies = new DefaultCookieSerializer();
		cookies.setCookieName("JSESSIONID");
		cookies.setSameSite("Lax");
		return new MockMvcSessionIdResolver(cookies);
	}

}
