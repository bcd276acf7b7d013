package org.utilityportal.casework;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escalation scan after a long time without one (the portal was down): every missed
 * tier is reached, the top tier reminds once instead of once per missed period, nothing
 * is left due; and a scan with nothing due costs one statement.
 */
class EscalationScanIT extends IntegrationTest {

	@Autowired
	private CaseIntake intake;

	@Autowired
	private EscalationScan scan;

	@Test
	void aCaseLongOverdueReachesTheTopTierAndIsRemindedOnceWithNothingLeftDue() {
		String number = this.intake.registerByStaff(form(), this.customers.counter());
		this.clock.advance(Duration.ofDays(90));

		EscalationScan.Result result = this.scan.run();

		assertThat(result.casesRead()).isPositive();
		assertThat(this.jdbc.sql("""
				select string_agg(e.detail, ',' order by e.occurred_at, e.id) from case_event e
				join service_case s on s.id = e.case_id where s.number = ? and e.kind = 'BREACH'
				""").param(number).query(String.class).single())
			.as("the first reply breaks after 24 clock hours, before tier 2's and 3's working days run out")
			.isEqualTo("FIRST_REPLY,TIER:2,TIER:3,RESOLUTION,TIER:4");
		assertThat(this.jdbc.sql("""
				select tier, next_check_at > ? from service_case where number = ?
				""")
			.params(OffsetDateTime.now(this.clock), number)
			.query((row, index) -> row.getInt(1) + ":" + row.getBoolean(2))
			.single()).isEqualTo("4:true");
		assertThat(this.jdbc.sql("select count(*) from service_case where next_check_at <= ?")
			.param(OffsetDateTime.now(this.clock))
			.query(Long.class)
			.single()).as("nothing left due").isZero();

		StatementCounter.reset();
		assertThat(this.scan.run().casesRead()).isZero();
		assertThat(StatementCounter.count()).as("statements of a scan with nothing due").isEqualTo(1);
	}

	private IntakeForm form() {
		IntakeForm form = new IntakeForm();
		form.setChannel(Channel.HOTLINE);
		form.setNature(Nature.COMPLAINT);
		form.setSubject(Subject.EQUIPMENT);
		form.setUtility(Utility.WATER);
		form.setContactName("长期未处理");
		form.setContactPhone("13800005555");
		form.setOccurredAt(LocalDateTime.now(this.clock).minusHours(1));
		form.setPlace("测试地点");
		form.setSummary("长期未处理的工单");
		form.setDetails("测试详情");
		return form;
	}

}
