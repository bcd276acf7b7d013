package org.utilityportal.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.casework.CaseIntake;
import org.utilityportal.casework.Channel;
import org.utilityportal.casework.IntakeForm;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.PortalHttp;
import org.utilityportal.support.PortalInstance;
import org.utilityportal.support.TestIntakeForms;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any instance serves any user (issue 17): a customer signs in on one instance, which is
 * then stopped; the same session cookie, and the CSRF token of a form that instance
 * rendered, work on the other instance (the shared test portal) on the same database.
 */
class SessionFailoverIT extends IntegrationTest {

	private static final String CUSTOMER = "customer1";

	@Autowired
	private CaseIntake intake;

	@Test
	void aSessionOutlivesTheInstanceThatMadeItAndItsFormsStillPostElsewhere() {
		String caseNumber = ownCase();
		String information = "另一台服务器收到 " + UUID.randomUUID();
		PortalHttp browser;
		String csrf;
		try (PortalInstance first = PortalInstance.start(this.clock)) {
			assertThat(first.port()).isNotEqualTo(this.port);
			browser = new PortalHttp(first.port()).signIn(CUSTOMER, DEMO_PASSWORD);
			csrf = PortalHttp.csrfToken(browser.get("/my/cases/" + caseNumber, "zh-CN"));
		}

		assertThat(new PortalHttp(this.port).get("/my/cases/" + caseNumber, "zh-CN").location())
			.as("without the session the page sends to sign-in")
			.endsWith("/login");
		PortalHttp sameBrowserElsewhere = browser.toPort(this.port);
		PortalHttp.Page casePage = sameBrowserElsewhere.get("/my/cases/" + caseNumber, "zh-CN");
		assertThat(casePage.status()).as("still signed in (not sent to sign in: %s)", casePage.location())
			.isEqualTo(200);

		PortalHttp.Page forged = sameBrowserElsewhere.postForm("/my/cases/" + caseNumber + "/information",
				"text=" + encoded(information) + "&_csrf=" + UUID.randomUUID());
		assertThat(forged.status()).as("a token the session never had is refused").isEqualTo(403);
		assertThat(informationAdded(caseNumber, information)).isZero();

		PortalHttp.Page added = sameBrowserElsewhere.postForm("/my/cases/" + caseNumber + "/information",
				"text=" + encoded(information) + "&_csrf=" + encoded(csrf));
		assertThat(added.location()).as("the form of the stopped instance posts here")
			.endsWith("/my/cases/" + caseNumber);
		assertThat(informationAdded(caseNumber, information)).isEqualTo(1);
	}

	private String ownCase() {
		IntakeForm form = TestIntakeForms.complaint(this.clock, Channel.WEB, Utility.ELECTRICITY, "换台服务器也能补充");
		form.setContactPhone(null);
		return this.intake.registerOnline(form, TestPrincipal.of(this.jdbc, CUSTOMER));
	}

	private long informationAdded(String caseNumber, String text) {
		return this.jdbc.sql("""
				select count(*) from case_event e join service_case c on c.id = e.case_id
				where c.number = ? and e.kind = 'CUSTOMER_INFO' and e.text = ?
				""").params(caseNumber, text).query(Long.class).single();
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
