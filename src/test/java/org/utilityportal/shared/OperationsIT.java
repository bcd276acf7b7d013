package org.utilityportal.shared;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.utilityportal.casework.EscalationScan;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.PortalHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What operators rely on: metrics for Prometheus (administrators only), request ids,
 * readiness tied to the database, and 503 with Retry-After while the database is down.
 */
class OperationsIT extends IntegrationTest {

	@Autowired
	private EscalationScan scan;

	@Test
	void prometheusIsForAdministratorsOnly() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("counter1", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/prometheus").with(httpBasic("admin1", DEMO_PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void aFailedSignInIsCountedByItsReason() throws Exception {
		double before = metric("portal_sign_ins_total", "outcome=\"bad\"");
		this.mvc.perform(formLogin().user("nobody-" + UUID.randomUUID()).password("wrong"));
		assertThat(metric("portal_sign_ins_total", "outcome=\"bad\"")).isEqualTo(before + 1);
	}

	@Test
	void everyPageViewReadsItsSessionOnceAndTheReadIsTimed() throws Exception {
		PortalHttp clerk = new PortalHttp(this.port).signIn("counter1", DEMO_PASSWORD);
		double before = metric("portal_session_reads_seconds_count", "");
		assertThat(clerk.get("/counter", "zh-CN").status()).isEqualTo(200);
		assertThat(clerk.get("/counter/customers?q=%E5%BC%A0", "zh-CN").status()).isEqualTo(200);
		assertThat(metric("portal_session_reads_seconds_count", "")).isEqualTo(before + 2);
		assertThat(scrape())
			.containsPattern("(?m)^portal_session_reads_seconds\\{[^}]*quantile=\"0.95\"[^}]*\\} [0-9.E-]+$");
	}

	@Test
	void theOperatorsFiguresAreExported() throws Exception {
		this.scan.scheduled();
		try {
			String scrape = scrape();
			for (String name : new String[] { "http_server_requests_seconds_count",
					"portal_escalation_scan_seconds_count", "portal_cases_at_risk", "portal_cases_overdue",
					"portal_billing_runs_active", "portal_billing_run_accounts_read", "portal_mail_outbox_backlog",
					"hikaricp_connections_active" }) {
				assertThat(scrape).as(name).containsPattern("(?m)^" + name + "\\{[^}]*\\} [0-9.E]+$");
			}
			long overdue = this.jdbc
				.sql("""
						select count(*) from service_case
						where status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER') and (first_reply_late or resolution_late)
						""")
				.query(Long.class)
				.single();
			assertThat(metric("portal_cases_overdue", "")).isEqualTo(overdue);
		}
		finally {
			this.jdbc.sql("delete from shedlock where name = 'escalation-scan'").update();
		}
	}

	@Test
	void everyResponseCarriesItsRequestIdAndKeepsTheProxys() throws Exception {
		this.mvc.perform(get("/login")).andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f]{16}")));
		this.mvc.perform(get("/login").header("X-Request-Id", "nginx-3f2a9c0d11"))
			.andExpect(header().string("X-Request-Id", "nginx-3f2a9c0d11"));
		this.mvc.perform(get("/login").header("X-Request-Id", "<script>"))
			.andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f]{16}")));
	}

	@Test
	void readinessDependsOnTheDatabase() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/readiness").with(httpBasic("admin1", DEMO_PASSWORD)))
			.andExpect(jsonPath("$.components.db.status").value("UP"));
		this.mvc.perform(get("/actuator/health/liveness").with(httpBasic("admin1", DEMO_PASSWORD)))
			.andExpect(jsonPath("$.components.db").doesNotExist());
	}

	@Test
	void whileTheDatabaseIsDownPagesAndTheApiAnswer503WithRetryAfter() throws Exception {
		this.mvc.perform(get("/my/test-database-down").session(signIn("customer1")).header("Accept-Language", "en"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("data-status=\"503\"")))
			.andExpect(content().string(containsString("try again in 5 seconds")));
		this.mvc.perform(get("/api/v1/test-database-down").with(httpBasic("customer1", DEMO_PASSWORD)))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(jsonPath("$.status").value(503))
			.andExpect(jsonPath("$.retryAfterSeconds").value(5));
	}

	private String scrape() throws Exception {
		return this.mvc.perform(get("/actuator/prometheus").with(httpBasic("admin1", DEMO_PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private double metric(String name, String label) throws Exception {
		Matcher found = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} ([0-9.E+-]+)$").matcher(scrape());
		while (found.find()) {
			if (found.group(1).contains(label)) {
				return Double.parseDouble(found.group(2));
			}
		}
		return 0;
	}

}
