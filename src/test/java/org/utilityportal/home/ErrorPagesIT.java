package org.utilityportal.home;

import org.junit.jupiter.api.Test;

import org.utilityportal.support.PortalHttp;
import org.utilityportal.support.PortalHttp.Page;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Friendly, translated error pages, and never a stack trace. These go through the real
 * server port because error pages are rendered by the servlet container's error dispatch.
 */
class ErrorPagesIT extends IntegrationTest {

	@Test
	void unknownPageGivesA404PageInTheVisitorsLanguage() {
		Page page = signedIn("counter1").get("/counter/no-such-page", "en");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("Page not found").contains("<html lang=\"en\"");
		assertThat(signedIn("counter1").get("/counter/no-such-page", "zh-CN").body()).contains("页面不存在");
	}

	@Test
	void aFailureGivesA500PageWithoutAStackTraceOrDetail() {
		Page page = signedIn("customer1").get("/my/test-failure", "zh-CN");
		assertThat(page.status()).isEqualTo(500);
		assertThat(page.body()).contains("系统出现问题")
			.doesNotContain("IllegalStateException")
			.doesNotContain("SELECT")
			.doesNotContain("at org.");
	}

	@Test
	void anApiFailureGivesJsonWithoutAStackTraceOrDetail() {
		Page page = new PortalHttp(this.port).getJson("/api/v1/test-failure", "customer1", "Portal#2026");
		assertThat(page.status()).isEqualTo(500);
		assertThat(page.body()).contains("\"status\":500")
			.doesNotContain("IllegalStateException")
			.doesNotContain("SELECT")
			.doesNotContain("trace");
	}

	@Test
	void aForbiddenPageIsTranslated() {
		Page page = signedIn("customer1").get("/admin", "en");
		assertThat(page.status()).isEqualTo(403);
		assertThat(page.body()).contains("Access denied");
	}

	@Test
	void aFormPostWithoutTheTokenIsRefused() throws Exception {
		this.mvc.perform(post("/logout")).andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(csrf())).andExpect(status().is3xxRedirection());
	}

	private PortalHttp signedIn(String username) {
		return new PortalHttp(this.port).signIn(username, "Portal#2026");
	}

}
