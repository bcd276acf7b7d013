package org.utilityportal.settings;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.utilityportal.casework.CaseIntake;
import org.utilityportal.casework.Channel;
import org.utilityportal.casework.IntakeForm;
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.Subject;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The configurable defaults: an administrator lowers the same-day escalation amount and
 * the very next case above it goes to tier 2 at once, without a restart; the change is
 * recorded; a value that is not a valid amount is refused next to the field and changes
 * nothing.
 */
class SettingsIT extends IntegrationTest {

	@Autowired
	private CaseIntake intake;

	@AfterEach
	void backToTheDefault() {
		this.jdbc.sql("delete from setting_change").update();
		this.jdbc.sql("delete from setting").update();
	}

	@Test
	void aLowerSameDayAmountEscalatesTheNextCaseAtOnceAndTheChangeIsRecorded() throws Exception {
		MockHttpSession admin = signIn("admin1");
		assertThat(tier(caseInvolving("6000.00"))).isEqualTo(1);

		this.mvc
			.perform(post("/admin/settings/SAME_DAY_AMOUNT").param("value", "5,000")
				.param("version", "0")
				.session(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(tier(caseInvolving("6000.00"))).isEqualTo(2);
		assertThat(tier(caseInvolving("4999.99"))).isEqualTo(1);
		String page = this.mvc.perform(get("/admin/settings").session(admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("10000.00").contains("5000.00").contains("admin1");
		assertThat(this.jdbc.sql("select old_value || ' → ' || new_value || ' by ' || changed_by from setting_change")
			.query(String.class)
			.single()).isEqualTo("10000.00 → 5000.00 by admin1");
	}

	@Test
	void anAmountThatIsNotValidIsRefusedNextToTheFieldAndChangesNothing() throws Exception {
		MockHttpSession admin = signIn("admin1");
		String page = this.mvc
			.perform(post("/admin/settings/ARREARS_LEGAL_THRESHOLD").param("value", "1000.005")
				.param("version", "0")
				.session(admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"error-ARREARS_LEGAL_THRESHOLD\"").contains("最多 2 位小数");
		assertThat(this.jdbc.sql("select count(*) from setting").query(Long.class).single()).isZero();
	}

	@Test
	void aStaleVersionIsRefused() throws Exception {
		MockHttpSession admin = signIn("admin1");
		this.mvc.perform(post("/admin/settings/ARREARS_LEGAL_AGE_MONTHS").param("value", "7")
			.param("version", "0")
			.session(admin)
			.with(csrf()));
		var result = this.mvc
			.perform(post("/admin/settings/ARREARS_LEGAL_AGE_MONTHS").param("value", "9")
				.param("version", "0")
				.session(admin)
				.with(csrf()))
			.andReturn();
		assertThat(result.getFlashMap().get("problem")).isEqualTo("validation.stale");
		assertThat(this.jdbc.sql("select value from setting where key = 'ARREARS_LEGAL_AGE_MONTHS'")
			.query(String.class)
			.single()).isEqualTo("7");
	}

	private String caseInvolving(String amount) {
		IntakeForm form = new IntakeForm();
		form.setChannel(Channel.HOTLINE);
		form.setNature(Nature.COMPLAINT);
		form.setSubject(Subject.BILLING);
		form.setUtility(Utility.ELECTRICITY);
		form.setContactName("设置测试");
		form.setContactPhone("13800003333");
		form.setOccurredAt(LocalDateTime.now(this.clock).minusHours(1));
		form.setPlace("测试地点");
		form.setSummary("金额测试");
		form.setDetails("涉及金额的工单");
		form.setAmount(new BigDecimal(amount));
		return this.intake.registerByStaff(form, TestPrincipal.of(this.jdbc, "counter1"));
	}

	private int tier(String number) {
		return this.jdbc.sql("select tier from service_case where number = ?")
			.param(number)
			.query(Integer.class)
			.single();
	}

}
