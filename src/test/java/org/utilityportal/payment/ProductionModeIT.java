package org.utilityportal.payment;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.utilityportal.sandbox.internal.SandboxProvider;
import org.utilityportal.support.MockMvcSessions;
import org.utilityportal.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nothing demo-only in production (issue 10, item 6, for payments): on a new installation
 * without demo data the sandbox provider does not exist (no pages, no API, no adapter),
 * so online payment offers no provider until a real one is configured; and there is no
 * simulated payment page at all. The demo side is every other payment test, which runs
 * with demo data and pays through the sandbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "portal.db.embedded.enabled=false", "portal.demo-data=false", "portal.scheduling.enabled=false",
				"portal.bootstrap.admin-password=Production#2026!" })
@AutoConfigureMockMvc
@Import(MockMvcSessions.class)
class ProductionModeIT {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private PaymentOrders orders;

	@Autowired
	private MockMvc mvc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.get().registerFresh(registry, "portal_production_mode");
	}

	@Test
	void withoutDemoDataThereIsNoSandboxProviderAndNoSimulatedPayment() throws Exception {
		assertThat(this.context.getEnvironment().getProperty("portal.payments.sandbox.enabled", Boolean.class))
			.isFalse();
		assertThat(this.context.getBeanNamesForType(SandboxProvider.class)).isEmpty();
		assertThat(this.context.containsBean("sandboxAdapter")).isFalse();
		assertThat(this.orders.providers()).isEmpty();
		// Signed in as the bootstrap administrator: not even they find a sandbox page.
		MockHttpSession admin = (MockHttpSession) this.mvc
			.perform(formLogin().user("admin").password("Production#2026!"))
			.andExpect(redirectedUrl("/home"))
			.andReturn()
			.getRequest()
			.getSession(false);
		this.mvc.perform(get("/account/password").session(admin)).andExpect(status().isOk());
		this.mvc.perform(get("/sandbox-pay/checkout/SBX0001").session(admin)).andExpect(status().isNotFound());
		this.mvc.perform(post("/sandbox-pay/api/orders").session(admin).with(csrf()).param("order_no", "PO1"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/payments/notify/sandbox").param("order_no", "PO1")).andExpect(status().isNotFound());
		assertThat(this.context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
			.getHandlerMethods()
			.keySet()
			.stream()
			.flatMap((mapping) -> mapping.getPatternValues().stream())).isNotEmpty()
			.noneMatch((pattern) -> pattern.startsWith("/sandbox-pay") || pattern.endsWith("/pay"));
	}

}
