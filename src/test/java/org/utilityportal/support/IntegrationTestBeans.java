package org.utilityportal.support;

import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.utilityportal.customer.CustomerRecords;
import org.utilityportal.customer.ServiceAccounts;

/**
 * The beans every integration test shares: a movable clock, a statement counter, test
 * data.
 */
@TestConfiguration(proxyBeanMethods = false)
class IntegrationTestBeans {

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock(ZoneId.of("Asia/Shanghai"));
	}

	@Bean
	HttpSessionIdResolver httpSessionIdResolver() {
		// Boot's own cookie serializer steps back once a resolver is declared: the same
		// settings as application.yml.
		DefaultCookieSerializer cookies = new DefaultCookieSerializer();
		cookies.setCookieName("JSESSIONID");
		cookies.setSameSite("Lax");
		return new MockMvcSessionIdResolver(cookies);
	}

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

	@Bean
	TestCustomers testCustomers(CustomerRecords records, ServiceAccounts accounts, JdbcClient jdbc) {
		return new TestCustomers(records, accounts, jdbc);
	}

}
