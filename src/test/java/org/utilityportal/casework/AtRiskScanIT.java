package org.utilityportal.casework;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.TestIntakeForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The at-risk check on the database: a team whose recent complaints took longer to
 * resolve than a new one has left is told once about it, the dashboard counts it for the
 * team, and the case list of cases at risk shows it; once resolved it is no longer at
 * risk.
 */
class AtRiskScanIT extends IntegrationTest {

	@Autowired
	private CaseIntake intake;

	@Autowired
	private CaseWork work;

	@Autowired
	private AtRiskScan atRisk;

	@Autowired
	private CaseReport report;

	@Test
	void aCaseWithLessTimeLeftThanTheTeamUsuallyNeedsIsFlaggedAndItsLeadToldOnce() throws Exception {
		long team = team();
		List<String> history = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String number = this.intake.registerByStaff(complaint(team), this.customers.counter());
			this.work.resolve(number, new StoredCase(this.jdbc, number).version(), "已处理。", this.customers.counter());
			history.add(number);
		}
		// The team's recent complaints took 5,000 working minutes each, more than the
		// 3,360
		// a new complaint has.
		this.jdbc.sql("update service_case set handling_minutes = 5000 where number in (:numbers)")
			.param("numbers", history)
			.update();
		String open = this.intake.registerByStaff(complaint(team), this.customers.counter());

		int found = this.atRisk.run();
		this.atRisk.run();

		assertThat(found).isPositive();
		assertThat(this.jdbc.sql("""
				select r.queue_position, r.median_minutes from case_at_risk r join service_case s on s.id = r.case_id
				where s.number = ?
				""").param(open).query((row, index) -> row.getInt(1) + ":" + row.getInt(2)).single())
			.isEqualTo("1:5000");
		assertThat(awaitNotices(open)).as("supervisor1 leads the centre above the team, told once")
			.containsExactly("supervisor1");
		LocalDate today = LocalDate.now(this.clock);
		assertThat(this.report.dashboard(today, today).atRisk()).filteredOn((row) -> row.unitId() == team)
			.singleElement()
			.satisfies((row) -> assertThat(row.cases()).isEqualTo(1));
		assertThat(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/supervisor/cases")
				.session(signIn("supervisor1"))
				.param("view", "atrisk")
				.param("unit", String.valueOf(team)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(open);

		this.work.resolve(open, new StoredCase(this.jdbc, open).version(), "已处理。", this.customers.counter());
		this.atRisk.run();
		assertThat(this.report.dashboard(today, today).atRisk()).noneMatch((row) -> row.unitId() == team);
	}

	private List<String> awaitNotices(String number) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		List<String> recipients;
		do {
			Thread.sleep(100);
			recipients = this.jdbc.sql("""
					select u.username from notification n join user_account u on u.id = n.recipient_id
					where n.message_key = 'case.notice.atRisk' and n.link = ? order by u.username
					""").param("/cases/" + number).query(String.class).list();
		}
		while (recipients.isEmpty() && System.nanoTime() < deadline);
		Thread.sleep(300);
		return this.jdbc.sql("""
				select u.username from notification n join user_account u on u.id = n.recipient_id
				where n.message_key = 'case.notice.atRisk' and n.link = ? order by u.username
				""").param("/cases/" + number).query(String.class).list();
	}

	/** A team of its own under the east customer-service centre (supervisor1's). */
	private long team() {
		String code = "T-RISK-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("""
				insert into org_unit (code, kind, parent_id, name_zh, name_en)
				select ?, 'STATION', id, '风险测试班组', 'At-risk test crew' from org_unit where code = 'SC-EAST'
				""").param(code).update();
		return this.jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
	}

	private IntakeForm complaint(long team) {
		IntakeForm form = TestIntakeForms.complaint(this.clock, Channel.HOTLINE, Utility.ELECTRICITY, "路灯不亮");
		form.setResponsibleUnitId(team);
		return form;
	}

}
