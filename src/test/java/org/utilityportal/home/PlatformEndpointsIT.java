package org.utilityportal.home;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.utilityportal.support.IntegrationTest;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Health, the JSON API root and its OpenAPI description. */
class PlatformEndpointsIT extends IntegrationTest {

	private static final String PASSWORD = "Portal#2026";

	@Test
	void healthIsPublicAndUp() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void administratorsSeeTheDatabaseInTheHealthCheck() throws Exception {
		this.mvc.perform(get("/actuator/health").with(httpBasic("admin1", PASSWORD)))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"));
	}

	@Test
	void staticFilesMayBeKeptForAnHourButPagesNeverAndBothCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/css/portal.css"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=3600"))
			.andExpect(header().string("Pragma", org.hamcrest.Matchers.emptyOrNullString()))
			.andExpect(header().string("Expires", org.hamcrest.Matchers.emptyOrNullString()))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src")))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void otherActuatorEndpointsAreNotPublic() throws Exception {
		this.mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/info").with(httpBasic("counter1", PASSWORD))).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/env").with(httpBasic("admin1", PASSWORD))).andExpect(status().isNotFound());
	}

	@Test
	void theApiRootNamesTheCallerForEveryRole() throws Exception {
		for (String username : new String[] { "customer1", "counter1", "supervisor1", "admin1" }) {
			this.mvc.perform(get("/api/v1").with(httpBasic(username, PASSWORD)).accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.user").value(username))
				.andExpect(jsonPath("$.links.me").value("/api/v1/me"));
		}
	}

	@Test
	void theApiNeedsCredentialsAndRefusesWrongOnes() throws Exception {
		this.mvc.perform(get("/api/v1"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", startsWith("Basic")));
		this.mvc.perform(get("/api/v1").with(httpBasic("counter1", "wrong"))).andExpect(status().isUnauthorized());
	}

	@Test
	void meTellsStaffTheirWorkNumberAndCustomersTheirCustomer() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(httpBasic("counter1", PASSWORD)))
			.andExpect(jsonPath("$.role").value("COUNTER"))
			.andExpect(jsonPath("$.workNumber").value("10231"));
		this.mvc.perform(get("/api/v1/me").with(httpBasic("customer1", PASSWORD)))
			.andExpect(jsonPath("$.role").value("CUSTOMER"))
			.andExpect(jsonPath("$.workNumber").doesNotExist());
	}

	@Test
	void theOpenApiDescriptionCoversTheApiForStaffOnly() throws Exception {
		this.mvc.perform(get("/v3/api-docs")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/v3/api-docs").with(user("c").roles("CUSTOMER"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/v3/api-docs").with(user("s").roles("COUNTER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
			// The console's "Authorize" takes a personal API token (and Basic, on in the
			// tests as in development).
			.andExpect(jsonPath("$.components.securitySchemes.bearer.type").value("http"))
			.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
			.andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
			.andExpect(jsonPath("$.security[0].bearer").exists());
	}

	@Test
	void theApiConsoleIsForStaffOnly() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/swagger-ui/index.html").with(user("c").roles("CUSTOMER")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/swagger-ui/index.html").with(user("s").roles("COUNTER"))).andExpect(status().isOk());
	}

}
