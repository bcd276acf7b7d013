package org.utilityportal.casework;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.calendar.DayKind;
import org.utilityportal.calendar.WorkingCalendar;
import org.utilityportal.calendar.WorkingCalendars;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.events.BillRecheckRequested;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Cases from intake to return visit, their clocks, escalation, supervision and the API.
 */
class CaseworkIT extends IntegrationTest {

	@Autowired
	private CaseIntake intake;

	@Autowired
	private CaseWork work;

	@Autowired
	private EscalationScan scan;

	@Autowired
	private SlaPolicies policies;

	@Autowired
	private WorkingCalendars calendars;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void theCounterRegistersACaseOwnsItAndItsPageIsLoggedAsAViewOfTheCustomer() throws Exception {
		long customerId = this.customers.open("工单客户");
		var session = signIn("counter1");
		String location = this.mvc
			.perform(post("/counter/cases").session(session)
				.with(csrf())
				.param("channel", "COUNTER")
				.param("nature", "COMPLAINT")
				.param("subject", "STAFF")
				.param("utility", "ELECTRICITY")
				.param("customerId", String.valueOf(customerId))
				.param("occurredAt", "2026-11-20T10:00")
				.param("place", "东城第一营业厅")
				.param("summary", "窗口人员态度差")
				.param("details", "排队一小时后被告知资料不全。")
				.param("severity", "2")
				.param("impact", "1"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("intakeForm", "staffWorkNumber",
					"case.validation.staffWorkNumber"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).isNull();
		location = this.mvc
			.perform(post("/counter/cases").session(session)
				.with(csrf())
				.param("channel", "COUNTER")
				.param("nature", "COMPLAINT")
				.param("subject", "STAFF")
				.param("staffWorkNumber", "10232")
				.param("utility", "ELECTRICITY")
				.param("customerId", String.valueOf(customerId))
				.param("occurredAt", "2026-11-20T10:00")
				.param("place", "东城第一营业厅")
				.param("summary", "窗口人员态度差")
				.param("details", "排队一小时后被告知资料不全。")
				.param("severity", "2")
				.param("impact", "1"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String number = location.substring(location.lastIndexOf('/') + 1);
		assertThat(this.jdbc.sql("select owner_work_number from service_case where number = ?")
			.param(number)
			.query(String.class)
			.single()).isEqualTo("10231");
		this.mvc.perform(get(location).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("工单客户")))
			.andExpect(content().string(containsString("首次答复时限")));
		assertThat(this.jdbc.sql("select count(*) from access_log where customer_id = ? and detail = ?")
			.params(customerId, "case " + number)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aCustomerNeverSeesAnotherCustomersCaseNotEvenThroughTheApi() throws Exception {
		String number = this.intake.registerOnline(onlineForm(), customer("customer1"));
		var own = signIn("customer1");
		this.mvc.perform(get("/my/cases/" + number).session(own))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待工作人员认领")));
		var other = signIn("customer2");
		this.mvc.perform(get("/my/cases/" + number).session(other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/cases/" + number).session(other)).andExpect(status().isNotFound());
		this.mvc.perform(post("/my/cases/" + number + "/information").session(other).with(csrf()).param("text", "hi"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSaveFromAnOutOfDatePageIsRefusedAndChangesNothing() throws Exception {
		String number = this.intake.registerByStaff(staffForm(), counter());
		long version = version(number);
		this.work.waitForCustomer(number, version, "请提供照片", counter());
		var session = signIn("counter1");
		this.mvc
			.perform(post("/counter/cases/" + number + "/act").session(session)
				.with(csrf())
				.param("action", "RESOLVE")
				.param("text", "旧页面上的答复")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("actionForm"));
		assertThat(statusOf(number)).isEqualTo("WAITING_CUSTOMER");
	}

	@Test
	void aBreachEscalatesExactlyOnceEvenWhenTwoScansRunAtTheSameTime() throws Exception {
		String number = this.intake.registerByStaff(staffForm(), counter());
		this.clock.advance(Duration.ofDays(60));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<EscalationScan.Result>> runs = List.of(pool.submit(() -> {
				start.await();
				return this.scan.run();
			}), pool.submit(() -> {
				start.await();
				return this.scan.run();
			}));
			start.countDown();
			for (Future<EscalationScan.Result> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.jdbc.sql("""
				select e.tier from case_escalation e join service_case s on s.id = e.case_id
				where s.number = ? order by e.tier
				""").param(number).query(Integer.class).list()).containsExactly(2, 3, 4);
		awaitNotices("escalated:" + number + ":0:3");
		assertThat(this.jdbc
			.sql("select count(*) from notification where dedup_key = ? and recipient_id = "
					+ "(select id from user_account where username = 'supervisor1')")
			.param("escalated:" + number + ":0:3")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select first_reply_late and resolution_late from service_case where number = ?")
			.param(number)
			.query(Boolean.class)
			.single()).isTrue();
		EscalationScan.Result again = this.scan.run();
		assertThat(again.escalations()).isZero();
	}

	@Test
	void sensitiveCasesAndLargeAmountsGoToTierTwoTheSameDay() {
		IntakeForm sensitive = staffForm();
		sensitive.setSensitive(true);
		IntakeForm large = staffForm();
		large.setAmount(new BigDecimal("10000.00"));
		IntakeForm small = staffForm();
		small.setAmount(new BigDecimal("9999.99"));
		assertThat(tier(this.intake.registerByStaff(sensitive, counter()))).isEqualTo(2);
		assertThat(tier(this.intake.registerByStaff(large, counter()))).isEqualTo(2);
		assertThat(tier(this.intake.registerByStaff(small, counter()))).isEqualTo(1);
	}

	@Test
	void waitingForTheCustomerStopsTheClocksUntilTheyAnswer() {
		String number = this.intake.registerOnline(onlineForm(), customer("customer1"));
		Instant dueBefore = due(number);
		this.work.waitForCustomer(number, version(number), "请提供电表照片", counter());
		assertThat(statusOf(number)).isEqualTo("WAITING_CUSTOMER");
		assertThat(due(number)).isNull();
		this.clock.advance(Duration.ofDays(7));
		this.work.addInformation(number, "照片已上传", customer("customer1"));
		assertThat(statusOf(number)).isEqualTo("IN_PROGRESS");
		assertThat(due(number)).isAfter(dueBefore.plus(Duration.ofDays(5)));
	}

	@Test
	void aDissatisfiedRatingReopensTheCaseAtTierTwoAndASatisfiedOneClosesIt() {
		TestPrincipal customer = customer("customer1");
		String number = this.intake.registerOnline(onlineForm(), customer);
		this.work.resolve(number, version(number), "已更换电表。", supervisor());
		assertThat(statusOf(number)).isEqualTo("RESOLVED");
		boolean reopened = this.work.recordVisit(number, visit(2, version(number)), customer);
		assertThat(reopened).isTrue();
		assertThat(statusOf(number)).isEqualTo("IN_PROGRESS");
		assertThat(tier(number)).isEqualTo(2);
		this.work.resolve(number, version(number), "已退还多收电费。", supervisor());
		assertThat(this.work.recordVisit(number, visit(5, version(number)), customer)).isFalse();
		assertThat(statusOf(number)).isEqualTo("CLOSED");
		assertThat(this.jdbc
			.sql("select count(*) from return_visit r join service_case s on s.id = r.case_id " + "where s.number = ?")
			.param(number)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aSecondComplaintOfTheSameCustomerAndSubjectWithinThirtyDaysIsARepeat() {
		long customerId = this.customers.open("重复投诉");
		IntakeForm first = staffForm();
		first.setCustomerId(customerId);
		String earlier = this.intake.registerByStaff(first, counter());
		this.clock.advance(Duration.ofDays(10));
		IntakeForm second = staffForm();
		second.setCustomerId(customerId);
		String later = this.intake.registerByStaff(second, counter());
		assertThat(this.jdbc
			.sql("select r.number from service_case s join service_case r on r.id = s.repeat_of_id "
					+ "where s.number = ?")
			.param(later)
			.query(String.class)
			.single()).isEqualTo(earlier);
	}

	@Test
	void aBillRecheckRequestBecomesOneCaseHoweverOftenItIsDelivered() throws Exception {
		long customerId = this.customers.open("复核客户");
		long accountId = this.customers.openElectricity(customerId);
		long requestId = System.nanoTime();
		BillRecheckRequested event = new BillRecheckRequested(requestId, customerId, accountId, "B202611-0001", "读数不对",
				"counter1", this.clock.instant(), false);
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
		long cases = 0;
		for (int i = 0; i < 100 && cases == 0; i++) {
			Thread.sleep(100);
			cases = countRecheck(requestId);
		}
		Thread.sleep(500);
		assertThat(countRecheck(requestId)).isEqualTo(1);
		assertThat(this.jdbc.sql("select nature from service_case where recheck_request_id = ?")
			.param(requestId)
			.query(String.class)
			.single()).isEqualTo("BILL_RECHECK");
	}

	@Test
	void theDashboardCountsBreachesAndEveryListExportsAsCsv() throws Exception {
		String number = this.intake.registerByStaff(staffForm(), counter());
		this.clock.advance(Duration.ofDays(30));
		this.scan.run();
		var session = signIn("supervisor1");
		this.mvc.perform(get("/supervisor/dashboard").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("trend-table")))
			.andExpect(content().string(containsString("compliance-unit")));
		long breached = this.jdbc
			.sql("select count(*) from service_case where status in "
					+ "('REGISTERED','IN_PROGRESS','WAITING_CUSTOMER') and (first_reply_late or resolution_late)")
			.query(Long.class)
			.single();
		this.mvc.perform(get("/supervisor/dashboard").session(session))
			.andExpect(content().string(containsString("<span class=\"h3 text-danger\">" + breached + "</span>")));
		this.mvc.perform(get("/supervisor/cases.csv").param("view", "breached").session(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(content().string(containsString(number)));
		this.mvc
			.perform(get("/supervisor/dashboard/compliance.csv").param("from", LocalDate.now().minusDays(1).toString())
				.param("to", LocalDate.now().plusDays(31).toString())
				.session(session))
			.andExpect(content().string(containsString("dimension,key,label")));
	}

	@Test
	void theApiCreatesReadsCommentsAndActsWithTheSameRules() throws Exception {
		var customer = signIn("customer1");
		String body = """
				{"nature":"COMPLAINT","subject":"BILLING","utility":"ELECTRICITY","occurredAt":"2026-11-20T10:00:00+08:00",
				 "place":"家中","summary":"API 投诉","details":"电费异常"}
				""";
		String created = this.mvc
			.perform(post("/api/v1/cases").session(customer)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String number = created.replaceAll("(?s).*\"number\":\"(C[0-9]{10})\".*", "$1");
		this.mvc
			.perform(post("/api/v1/cases/" + number + "/comments").session(customer)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"补充：上月读数 1200\"}"))
			.andExpect(status().isOk());
		var staff = signIn("counter1");
		this.mvc
			.perform(post("/api/v1/cases/" + number + "/transitions").session(staff)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"FIRST_REPLY\",\"text\":\"已收到\",\"version\":0}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/api/v1/cases/" + number + "/transitions").session(staff)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"FIRST_REPLY\",\"text\":\"已收到\",\"version\":" + version(number) + "}"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"status\":\"IN_PROGRESS\"")));
		this.mvc
			.perform(post("/api/v1/cases/" + number + "/transitions").session(customer)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"action\":\"RESOLVE\",\"text\":\"x\",\"version\":" + version(number) + "}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/cases/" + number).session(signIn("customer2"))).andExpect(status().isNotFound());
	}

	@Test
	void aPolicyChangeAppliesToCasesRegisteredAfterIt() {
		String before = this.intake.registerByStaff(staffForm(), counter());
		SlaPolicyView policy = this.policies.match(Nature.COMPLAINT, Subject.EQUIPMENT, 1);
		SlaPolicyForm form = this.policies.form(policy.id());
		int old = form.getFirstReplyMinutes();
		form.setFirstReplyMinutes(old / 2);
		this.policies.update(policy.id(), form, "admin1");
		try {
			String after = this.intake.registerByStaff(staffForm(), counter());
			assertThat(firstReplyMinutes(before)).isEqualTo(old);
			assertThat(firstReplyMinutes(after)).isEqualTo(old / 2);
		}
		finally {
			SlaPolicyForm back = this.policies.form(policy.id());
			back.setFirstReplyMinutes(old);
			this.policies.update(policy.id(), back, "admin1");
		}
	}

	@Test
	void theStandardCalendarHasThe2026ScheduleAndThe2027StatutoryHolidays() {
		WorkingCalendar standard = this.calendars.byId(this.calendars.idForOrgUnit(null));
		assertThat(standard.kindOf(LocalDate.of(2026, 1, 4))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
		assertThat(standard.kindOf(LocalDate.of(2026, 2, 14))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
		assertThat(standard.kindOf(LocalDate.of(2026, 2, 23))).isEqualTo(DayKind.HOLIDAY);
		assertThat(standard.kindOf(LocalDate.of(2026, 5, 9))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
		assertThat(standard.kindOf(LocalDate.of(2026, 9, 20))).isEqualTo(DayKind.MAKE_UP_WORKDAY);
		assertThat(standard.kindOf(LocalDate.of(2026, 10, 7))).isEqualTo(DayKind.HOLIDAY);
		assertThat(standard.kindOf(LocalDate.of(2026, 10, 8))).isEqualTo(DayKind.WORKDAY);
		assertThat(standard.specialDaysOf(2026)).hasSize(39);
		assertThat(standard.kindOf(LocalDate.of(2027, 2, 5))).isEqualTo(DayKind.HOLIDAY);
		assertThat(standard.kindOf(LocalDate.of(2027, 9, 15))).isEqualTo(DayKind.HOLIDAY);
		assertThat(LocalDate.of(2026, 11, 21).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
		assertThat(standard.kindOf(LocalDate.of(2026, 11, 21))).isEqualTo(DayKind.REST_DAY);
	}

	/**
	 * Waits (up to ten seconds) for the notices of a key: they are written after the
	 * change commits, by the notification module's listener.
	 */
	private void awaitNotices(String dedupKey) throws InterruptedException {
		for (int i = 0; i < 100 && this.jdbc.sql("select count(*) from notification where dedup_key = ?")
			.param(dedupKey)
			.query(Long.class)
			.single() == 0; i++) {
			Thread.sleep(100);
		}
	}

	private long countRecheck(long requestId) {
		return this.jdbc.sql("select count(*) from service_case where recheck_request_id = ?")
			.param(requestId)
			.query(Long.class)
			.single();
	}

	private IntakeForm staffForm() {
		IntakeForm form = new IntakeForm();
		form.setChannel(Channel.HOTLINE);
		form.setNature(Nature.COMPLAINT);
		form.setSubject(Subject.EQUIPMENT);
		form.setUtility(Utility.ELECTRICITY);
		form.setContactName("测试");
		form.setContactPhone("13800002222");
		form.setOccurredAt(LocalDateTime.now(this.clock).minusHours(1));
		form.setPlace("测试地点");
		form.setSummary("测试工单");
		form.setDetails("测试详情");
		return form;
	}

	private IntakeForm onlineForm() {
		IntakeForm form = staffForm();
		form.setContactPhone(null);
		form.setSubject(Subject.BILLING);
		return form;
	}

	private TestPrincipal counter() {
		return TestPrincipal.of(this.jdbc, "counter1");
	}

	private TestPrincipal supervisor() {
		return TestPrincipal.of(this.jdbc, "supervisor1");
	}

	private TestPrincipal customer(String username) {
		return TestPrincipal.of(this.jdbc, username);
	}

	private static VisitForm visit(int overall, long version) {
		VisitForm form = new VisitForm();
		form.setAttitude(overall);
		form.setSpeed(overall);
		form.setResult(overall);
		form.setOverall(overall);
		form.setVersion(version);
		return form;
	}

	private long version(String number) {
		return new StoredCase(this.jdbc, number).version();
	}

	private String statusOf(String number) {
		return new StoredCase(this.jdbc, number).status();
	}

	private int tier(String number) {
		return new StoredCase(this.jdbc, number).tier();
	}

	private int firstReplyMinutes(String number) {
		return this.jdbc.sql("select first_reply_minutes from service_case where number = ?")
			.param(number)
			.query(Integer.class)
			.single();
	}

	private Instant due(String number) {
		return this.jdbc.sql("select due_at from service_case where number = ?")
			.param(number)
			.query((row, index) -> (row.getObject(1) != null)
					? row.getObject(1, java.time.OffsetDateTime.class).toInstant() : null)
			.list()
			.get(0);
	}

}
