package org.utilityportal.casework;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.utilityportal.shared.domain.FourEyesRefusal;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Separation of duties on cases (issue 13): the return visit is recorded by the quality
 * team, never by who owns or resolved the case; customers cannot grade their own
 * complaint; a case goes only to active staff of the chosen team.
 */
class CaseSeparationIT extends IntegrationTest {

	@Autowired
	private CaseIntake intake;

	@Autowired
	private CaseWork work;

	@Test
	void theOwnerAndResolverCannotRecordTheReturnVisitTheQualityTeamDoes() throws Exception {
		TestPrincipal counter = TestPrincipal.of(this.jdbc, "counter1");
		String number = this.intake.registerByStaff(form(), counter);
		this.work.resolve(number, version(number), "已处理完毕。", counter);

		assertThatExceptionOfType(FourEyesRefusal.class)
			.isThrownBy(() -> this.work.recordVisit(number, visit(version(number)), counter))
			.extracting(FourEyesRefusal::getMessageKey)
			.isEqualTo("case.visit.refused.ownCase");
		this.mvc
			.perform(post("/api/v1/cases/" + number + "/visits").session(signIn("counter1"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(visitJson(version(number))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value("case.visit.refused.ownCase"));
		this.mvc
			.perform(post("/supervisor/cases/" + number + "/visit").session(signIn("supervisor1"))
				.with(csrf())
				.param("version", String.valueOf(version(number)))
				.param("attitude", "5")
				.param("speed", "5")
				.param("result", "5")
				.param("overall", "5"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("visitForm"))
			.andExpect(content().string(containsString("回访由质量监督组负责")));
		assertThat(statusOf(number)).isEqualTo("RESOLVED");

		this.mvc
			.perform(post("/supervisor/cases/" + number + "/visit").session(signIn("quality1"))
				.with(csrf())
				.param("version", String.valueOf(version(number)))
				.param("attitude", "5")
				.param("speed", "5")
				.param("result", "5")
				.param("overall", "5"))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(number)).isEqualTo("CLOSED");
		assertThat(this.jdbc.sql("""
				select r.recorded_by from return_visit r join service_case s on s.id = r.case_id where s.number = ?
				""").param(number).query(String.class).single()).isEqualTo("quality1");
	}

	@Test
	void aCustomerCannotSetTheAmountGradeOrAssigneeOfTheirComplaint() throws Exception {
		long counter2 = userId("counter2");
		String created = this.mvc
			.perform(post("/api/v1/cases").session(signIn("customer1"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"nature":"COMPLAINT","subject":"BILLING","utility":"ELECTRICITY",
						 "occurredAt":"2026-11-20T10:00:00+08:00","place":"家中","summary":"金额投诉","details":"多收费",
						 "amount":50000,"severity":3,"impact":3,"sensitive":true}
						"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String number = created.replaceAll("(?s).*\"number\":\"(C[0-9]{10})\".*", "$1");
		assertThat(this.jdbc.sql("""
				select coalesce(amount::text, '-') || '|' || tier || '|' || severity || impact || '|' || sensitive
				from service_case where number = ?""").param(number).query(String.class).single())
			.as("no amount, no same-day escalation, the lowest grade")
			.isEqualTo("-|1|11|false");

		this.mvc
			.perform(post("/my/cases").session(signIn("customer1"))
				.with(csrf())
				.param("nature", "COMPLAINT")
				.param("subject", "BILLING")
				.param("utility", "ELECTRICITY")
				.param("occurredAt", "2026-11-20T10:00")
				.param("place", "家中")
				.param("summary", "网页金额投诉 " + counter2)
				.param("details", "多收费")
				.param("amount", "20000")
				.param("responsibleId", String.valueOf(counter2)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("""
				select coalesce(amount::text, '-') || '|' || tier || '|' || coalesce(responsible_id::text, '-')
				from service_case where summary = ?""").param("网页金额投诉 " + counter2).query(String.class).single())
			.isEqualTo("-|1|-");
	}

	@Test
	void aCaseIsAssignedOnlyToActiveStaffOfTheChosenTeam() throws Exception {
		TestPrincipal counter = TestPrincipal.of(this.jdbc, "counter1");
		String number = this.intake.registerByStaff(form(), counter);
		long hall = unitId("C-DONGCHENG-1");
		long quality = unitId("QUALITY");
		var session = signIn("counter1");

		for (long[] wrong : new long[][] { { hall, userId("customer1") }, { quality, userId("counter2") },
				{ hall, userId("admin1") } }) {
			this.mvc
				.perform(post("/api/v1/cases/" + number + "/transitions").session(session)
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"action\":\"ASSIGN\",\"unitId\":" + wrong[0] + ",\"personId\":" + wrong[1]
							+ ",\"version\":" + version(number) + "}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("personId")));
		}
		this.mvc
			.perform(post("/counter/cases/" + number + "/act").session(session)
				.with(csrf())
				.param("action", "ASSIGN")
				.param("unitId", String.valueOf(hall))
				.param("personId", String.valueOf(userId("customer1")))
				.param("version", String.valueOf(version(number))))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("actionForm", "personId", "case.validation.assigneeNotInUnit"));
		assertThat(responsible(number)).isEqualTo("-");

		this.mvc
			.perform(post("/api/v1/cases/" + number + "/transitions").session(session)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"ASSIGN\",\"unitId\":" + hall + ",\"personId\":" + userId("counter2")
						+ ",\"version\":" + version(number) + "}"))
			.andExpect(status().isOk());
		assertThat(responsible(number)).isEqualTo(String.valueOf(userId("counter2")));
	}

	private IntakeForm form() {
		IntakeForm form = new IntakeForm();
		form.setChannel(Channel.HOTLINE);
		form.setNature(Nature.COMPLAINT);
		form.setSubject(Subject.EQUIPMENT);
		form.setUtility(Utility.ELECTRICITY);
		form.setContactName("回访测试");
		form.setContactPhone("13800003333");
		form.setOccurredAt(LocalDateTime.now(this.clock).minusHours(1));
		form.setPlace("测试地点");
		form.setSummary("分工测试");
		form.setDetails("测试详情");
		return form;
	}

	private static VisitForm visit(long version) {
		VisitForm form = new VisitForm();
		form.setAttitude(5);
		form.setSpeed(5);
		form.setResult(5);
		form.setOverall(5);
		form.setVersion(version);
		return form;
	}

	private static String visitJson(long version) {
		return "{\"attitude\":5,\"speed\":5,\"result\":5,\"overall\":5,\"version\":" + version + "}";
	}

	private long version(String number) {
		return new StoredCase(this.jdbc, number).version();
	}

	private String statusOf(String number) {
		return new StoredCase(this.jdbc, number).status();
	}

	private String responsible(String number) {
		return this.jdbc.sql("select coalesce(responsible_id::text, '-') from service_case where number = ?")
			.param(number)
			.query(String.class)
			.single();
	}

	private long userId(String username) {
		return this.jdbc.sql("select id from user_account where username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	private long unitId(String code) {
		return this.jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
	}

}
