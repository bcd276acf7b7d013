package org.utilityportal.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.utilityportal.calendar.WorkingCalendars;
import org.utilityportal.calendar.WorkingTime;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff regrade a case after registration: the new grade's policy and limits apply, the
 * running clocks are measured again from their original start, the change is in the
 * history, and a missed deadline stays missed.
 */
class CaseRegradingIT extends IntegrationTest {

	@Autowired
	private CaseIntake intake;

	@Autowired
	private CaseRegrading regrading;

	@Autowired
	private CaseWork work;

	@Autowired
	private EscalationScan scan;

	@Autowired
	private SlaPolicies policies;

	@Autowired
	private WorkingCalendars calendars;

	@Test
	void theCounterRegradesAnOnlineSupplyFaultToAnEmergencyCountedDayAndNightFromRegistration() throws Exception {
		String number = this.intake.registerOnline(form(Subject.SUPPLY_QUALITY), customer1());
		Map<String, Object> before = row(number);
		assertThat(before.get("all_hours")).isEqualTo(false);
		assertThat(before.get("first_reply_minutes")).isEqualTo(1440);
		var session = signIn("counter1");

		this.mvc
			.perform(post("/counter/cases/" + number + "/act").session(session)
				.with(csrf())
				.param("action", "REGRADE")
				.param("severity", "3")
				.param("impact", "3")
				.param("text", "整栋楼停电，住户有老人")
				.param("version", String.valueOf(before.get("version"))))
			.andExpect(redirectedUrl("/counter/cases/" + number));

		Map<String, Object> after = row(number);
		SlaPolicyView emergency = this.policies.match(Nature.COMPLAINT, Subject.SUPPLY_QUALITY, 9);
		assertThat(emergency.allHours()).isTrue();
		assertThat(after.get("policy_id")).isEqualTo(emergency.id());
		assertThat(after.get("all_hours")).isEqualTo(true);
		assertThat(after.get("grade")).isEqualTo(9);
		Instant registered = instant(after.get("registered_at"));
		assertThat(instant(after.get("first_reply_due_at")))
			.isEqualTo(registered.plus(Duration.ofMinutes(emergency.firstReplyMinutes())));
		assertThat(instant(after.get("resolution_due_at")))
			.isEqualTo(registered.plus(Duration.ofMinutes(emergency.resolutionMinutes())));
		assertThat(this.jdbc.sql("""
				select e.detail || ' / ' || e.text || ' / ' || e.actor_work_number || ' / ' || e.visible
				from case_event e join service_case s on s.id = e.case_id where s.number = ? and e.kind = 'REGRADED'
				""").param(number).query(String.class).list())
			.containsExactly("1×1=1 C → 3×3=9 A / 整栋楼停电，住户有老人 / 10231 / false");
		this.mvc.perform(get("/counter/cases/" + number).session(session))
			.andExpect(content().string(containsString("等级 9（3×3）")))
			.andExpect(content().string(containsString("重新定级：1×1=1 C → 3×3=9 A")));
		this.mvc.perform(get("/my/cases/" + number).session(signIn("customer1")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("重新定级"))));
	}

	@Test
	void aStricterGradeCanPutTheFirstReplyDeadlineInThePastAndTheScanEscalatesAtThatDeadline() {
		SlaPolicyView urgent = this.policies.match(Nature.COMPLAINT, Subject.EQUIPMENT, 6);
		moveToWorkingHoursLasting(Duration.ofMinutes(urgent.firstReplyMinutes()));
		String number = this.intake.registerByStaff(form(Subject.EQUIPMENT), counter1());
		Instant registered = instant(row(number).get("registered_at"));
		assertThat(urgent.firstReplyMinutes()).isLessThan((Integer) row(number).get("first_reply_minutes"));
		Instant newDeadline = workingTime()
			.deadline(registered, Duration.ofMinutes(urgent.firstReplyMinutes()), List.of())
			.orElseThrow();
		this.clock.advance(Duration.between(this.clock.instant(), newDeadline.plusSeconds(60)));
		this.scan.run();
		assertThat(escalations(number)).as("not due under the grade it was registered with").isEmpty();

		this.regrading.regrade(number, version(number), 3, 2, "影响一个小区", counter1());
		this.scan.run();

		assertThat(escalations(number)).first().isEqualTo(List.of(2, "BREACH", newDeadline));
		assertThat(row(number).get("first_reply_late")).isEqualTo(true);
	}

	@Test
	void aMilderGradeGivesMoreTimeButADeadlineAlreadyMissedStaysMissed() {
		IntakeForm urgentForm = form(Subject.EQUIPMENT);
		urgentForm.setSeverity(3);
		urgentForm.setImpact(2);
		String number = this.intake.registerByStaff(urgentForm, counter1());
		Map<String, Object> registeredRow = row(number);
		Instant missedDeadline = instant(registeredRow.get("first_reply_due_at"));
		Instant urgentResolution = instant(registeredRow.get("resolution_due_at"));
		this.clock.advance(Duration.between(this.clock.instant(), missedDeadline.plusSeconds(60)));
		this.scan.run();
		assertThat(row(number).get("first_reply_late")).isEqualTo(true);

		this.regrading.regrade(number, version(number), 1, 1, "核实后仅影响一户", counter1());

		Map<String, Object> after = row(number);
		assertThat(after.get("grade")).isEqualTo(1);
		assertThat(after.get("first_reply_late")).isEqualTo(true);
		assertThat(instant(after.get("first_reply_due_at"))).isEqualTo(missedDeadline);
		assertThat(after.get("tier")).isEqualTo(2);
		assertThat(instant(after.get("resolution_due_at"))).isAfter(urgentResolution);
	}

	@Test
	void anOutOfDatePageAnUnchangedGradeAndAClosedCaseAreRefused() throws Exception {
		String number = this.intake.registerByStaff(form(Subject.EQUIPMENT), counter1());
		long version = version(number);
		this.work.waitForCustomer(number, version, "请补充现场照片", counter1());
		var session = signIn("counter1");
		this.mvc
			.perform(post("/counter/cases/" + number + "/act").session(session)
				.with(csrf())
				.param("action", "REGRADE")
				.param("severity", "2")
				.param("impact", "2")
				.param("text", "旧页面")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("actionForm"));
		this.mvc
			.perform(post("/counter/cases/" + number + "/act").session(session)
				.with(csrf())
				.param("action", "REGRADE")
				.param("severity", "1")
				.param("impact", "1")
				.param("text", "没有变化")
				.param("version", String.valueOf(version(number))))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("actionForm", "severity", "case.validation.gradeUnchanged"));
		assertThat(row(number).get("grade")).isEqualTo(1);

		this.work.resolve(number, version(number), "已处理", counter1());
		assertThatThrownBy(() -> this.regrading.regrade(number, version(number), 3, 3, "太迟", counter1()))
			.isInstanceOf(StaleEditException.class);
	}

	@Test
	void theApiRegradesWithTheSameRules() throws Exception {
		String number = this.intake.registerByStaff(form(Subject.EQUIPMENT), counter1());
		var session = signIn("counter1");
		this.mvc
			.perform(post("/api/v1/cases/" + number + "/transitions").session(session)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"REGRADE\",\"text\":\"多户受影响\",\"version\":" + version(number) + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.severity").exists());
		this.mvc
			.perform(post("/api/v1/cases/" + number + "/transitions").session(session)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"REGRADE\",\"severity\":2,\"impact\":2,\"text\":\"多户受影响\",\"version\":"
						+ version(number) + "}"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"severity\":2,\"impact\":2")));
		assertThat(row(number).get("grade")).isEqualTo(4);
	}

	/**
	 * Moves the clock to the next whole hour from which {@code limit} (and a few minutes
	 * more) runs in working hours without a break: the stricter grade's first reply, in
	 * working hours, then comes before the registered grade's 24 clock hours. Registered
	 * on a Friday afternoon it would fall on Monday, after them.
	 */
	private void moveToWorkingHoursLasting(Duration limit) {
		WorkingTime working = workingTime();
		Duration withMargin = limit.plusMinutes(5);
		Instant from = this.clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
		for (int hour = 0; hour < 24 * 31; hour++) {
			Instant start = from.plus(Duration.ofHours(hour));
			if (working.deadline(start, withMargin, List.of()).orElseThrow().equals(start.plus(withMargin))) {
				this.clock.advance(Duration.between(this.clock.instant(), start));
				return;
			}
		}
		throw new AssertionError("no stretch of " + withMargin + " in working hours within a month");
	}

	private WorkingTime workingTime() {
		return WorkingTime.on(this.calendars.byId(this.calendars.idForOrgUnit(null)), this.clock.getZone());
	}

	private List<List<Object>> escalations(String number) {
		return this.jdbc.sql("""
				select e.tier, e.reason, e.escalated_at from case_escalation e join service_case s on s.id = e.case_id
				where s.number = ? order by e.tier
				""")
			.param(number)
			.query((rs, index) -> List.<Object>of(rs.getInt("tier"), rs.getString("reason"),
					rs.getObject("escalated_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private IntakeForm form(Subject subject) {
		IntakeForm form = new IntakeForm();
		form.setChannel(Channel.HOTLINE);
		form.setNature(Nature.COMPLAINT);
		form.setSubject(subject);
		form.setUtility(Utility.ELECTRICITY);
		form.setContactName("定级测试");
		form.setContactPhone("13800003333");
		form.setOccurredAt(LocalDateTime.now(this.clock).minusHours(1));
		form.setPlace("测试小区");
		form.setSummary("定级测试");
		form.setDetails("定级测试详情");
		return form;
	}

	private Map<String, Object> row(String number) {
		return this.jdbc.sql("""
				select version, grade, policy_id, all_hours, first_reply_minutes, registered_at, first_reply_due_at,
				    resolution_due_at, first_reply_late, tier
				from service_case where number = ?
				""").param(number).query().singleRow();
	}

	private long version(String number) {
		return (long) row(number).get("version");
	}

	private static Instant instant(Object value) {
		return (value instanceof OffsetDateTime time) ? time.toInstant() : ((java.sql.Timestamp) value).toInstant();
	}

	private TestPrincipal counter1() {
		return this.customers.counter();
	}

	private TestPrincipal customer1() {
		return TestPrincipal.of(this.jdbc, "customer1");
	}

}
