package org.utilityportal.casework;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.TestIntakeForms;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corrected defaults of issue 14 as supervisors see them: a complaint's first reply
 * is due 24 clock hours after registration (day and night), lateness stays with whoever
 * was responsible when the clock broke (a later reassignment does not move it), and the
 * daily figures the dashboard reads, kept by the database as cases change, equal the
 * figures counted again from every case and visit in the database.
 */
class ChargedLatenessIT extends IntegrationTest {

	@Autowired
	private CaseIntake intake;

	@Autowired
	private CaseWork work;

	@Autowired
	private EscalationScan scan;

	@Autowired
	private CaseReport report;

	@Test
	void aComplaintsFirstReplyIsDueTwentyFourClockHoursAfterRegistration() {
		String number = this.intake.registerByStaff(complaint(), counter("counter1"));

		StoredCase stored = new StoredCase(this.jdbc, number);
		OffsetDateTime registered = stored.column("registered_at", OffsetDateTime.class);
		assertThat(stored.column("first_reply_due_at", OffsetDateTime.class))
			.isEqualTo(registered.plus(Duration.ofHours(24)));
		assertThat(stored.column("first_reply_all_hours", Boolean.class)).isTrue();
		assertThat(stored.column("all_hours", Boolean.class)).as("the resolution still counts working time").isFalse();
	}

	@Test
	void latenessStaysWithWhoeverWasResponsibleWhenTheClockBroke() {
		LocalDate today = LocalDate.now(this.clock);
		TestPrincipal first = counter("counter2");
		TestPrincipal second = counter("counter1");
		Dashboard.Compliance firstBefore = personRow(today, first.userId());
		Dashboard.Compliance secondBefore = personRow(today, second.userId());
		String number = this.intake.registerByStaff(complaint(), second);
		this.work.assign(number, new StoredCase(this.jdbc, number).version(), unitOf(first), first.userId(), second);

		this.clock.advance(Duration.ofHours(25));
		this.scan.run();
		this.work.assign(number, new StoredCase(this.jdbc, number).version(), unitOf(second), second.userId(), second);
		this.work.firstReply(number, new StoredCase(this.jdbc, number).version(), "您好，已在处理。", second);

		Dashboard.Compliance firstAfter = personRow(today, first.userId());
		Dashboard.Compliance secondAfter = personRow(today, second.userId());
		assertThat(firstAfter.firstReplyMeasured() - firstBefore.firstReplyMeasured())
			.as("the late first reply counts for the person responsible at the breach")
			.isEqualTo(1);
		assertThat(firstAfter.firstReplyOnTime()).isEqualTo(firstBefore.firstReplyOnTime());
		assertThat(secondAfter.firstReplyMeasured()).as("not for the one who has the case now")
			.isEqualTo(secondBefore.firstReplyMeasured());
		assertThat(secondAfter.cases() - secondBefore.cases()).as("who counts it among the cases they handle")
			.isEqualTo(1);
		assertThat(new StoredCase(this.jdbc, number).column("first_reply_charged_id", Long.class))
			.isEqualTo(first.userId());
	}

	@Test
	void theKeptDailyFiguresEqualThoseCountedAgainFromTheCases() {
		String number = this.intake.registerByStaff(complaint(), counter("counter1"));
		this.work.firstReply(number, new StoredCase(this.jdbc, number).version(), "已受理。", counter("counter1"));
		this.work.resolve(number, new StoredCase(this.jdbc, number).version(), "已处理完毕。", counter("counter1"));
		VisitForm visit = new VisitForm();
		visit.setVersion(new StoredCase(this.jdbc, number).version());
		visit.setAttitude(5);
		visit.setSpeed(4);
		visit.setResult(2);
		visit.setOverall(2);
		this.work.recordVisit(number, visit, counter("quality1"));
		this.clock.advance(Duration.ofDays(20));
		this.scan.run();

		assertThat(this.jdbc.sql("""
				with counted as (
				    select f.day, f.dimension, f.key, sum(f.registered) as registered, sum(f.breached) as breached,
				        sum(f.first_reply_measured) as frm, sum(f.first_reply_on_time) as fro,
				        sum(f.resolution_measured) as rm, sum(f.resolution_on_time) as ro, sum(f.repeats) as repeats,
				        sum(f.visits) as visits, sum(f.satisfied) as satisfied
				    from (select f.* from service_case c, lateral case_figure_rows(c, case_figures_zone()) f
				          union all
				          select f.* from return_visit v join service_case c on c.id = v.case_id,
				              lateral case_visit_figure_rows(v, c, case_figures_zone()) f) f
				    group by f.day, f.dimension, f.key),
				kept as (
				    select day, dimension, key, registered, breached, first_reply_measured, first_reply_on_time,
				        resolution_measured, resolution_on_time, repeats, visits, satisfied
				    from case_daily_figures
				    where (registered, breached, first_reply_measured, first_reply_on_time, resolution_measured,
				           resolution_on_time, repeats, visits, satisfied) <> (0, 0, 0, 0, 0, 0, 0, 0, 0))
				select (select count(*) from counted),
				       (select count(*) from (select * from counted except select * from kept) d)
				     + (select count(*) from (select * from kept except select * from counted) d)
				""").query((row, index) -> new long[] { row.getLong(1), row.getLong(2) }).single())
			.satisfies((result) -> assertThat(result[0]).as("figures counted").isPositive())
			.satisfies((result) -> assertThat(result[1]).as("rows that differ").isZero());
		assertThat(count("""
				select count(*) from (
				    (select month, dimension, key, registered, breached, first_reply_measured, first_reply_on_time,
				         resolution_measured, resolution_on_time, repeats, visits, satisfied
				     from case_monthly_figures
				     where (registered, breached, first_reply_measured, first_reply_on_time, resolution_measured,
				            resolution_on_time, repeats, visits, satisfied) <> (0, 0, 0, 0, 0, 0, 0, 0, 0)
				     except
				     select day - extract(day from day)::int + 1, dimension, key, sum(registered), sum(breached),
				         sum(first_reply_measured), sum(first_reply_on_time), sum(resolution_measured),
				         sum(resolution_on_time), sum(repeats), sum(visits), sum(satisfied)
				     from case_daily_figures group by 1, dimension, key)
				    union all
				    (select day - extract(day from day)::int + 1, dimension, key, sum(registered), sum(breached),
				         sum(first_reply_measured), sum(first_reply_on_time), sum(resolution_measured),
				         sum(resolution_on_time), sum(repeats), sum(visits), sum(satisfied)
				     from case_daily_figures group by 1, dimension, key
				     having (sum(registered), sum(breached), sum(first_reply_measured), sum(first_reply_on_time),
				             sum(resolution_measured), sum(resolution_on_time), sum(repeats), sum(visits),
				             sum(satisfied)) <> (0, 0, 0, 0, 0, 0, 0, 0, 0)
				     except
				     select month, dimension, key, registered, breached, first_reply_measured, first_reply_on_time,
				         resolution_measured, resolution_on_time, repeats, visits, satisfied
				     from case_monthly_figures)) d
				""")).as("monthly figures that differ from the days added up").isZero();
		assertThat(
				count("""
						select count(*) from (
						    (select tier, unit_id, cases, late from case_open_figures where (cases, late) <> (0, 0)
						     except
						     select tier, responsible_unit_id, count(*), count(*) filter (where first_reply_late or resolution_late)
						     from service_case where status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER')
						     group by tier, responsible_unit_id)
						    union all
						    (select tier, responsible_unit_id, count(*), count(*) filter (where first_reply_late or resolution_late)
						     from service_case where status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER')
						     group by tier, responsible_unit_id
						     except
						     select tier, unit_id, cases, late from case_open_figures)) d
						"""))
			.as("open case counts that differ from the open cases counted")
			.isZero();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private Dashboard.Compliance personRow(LocalDate day, long userId) {
		return this.report.dashboard(day, day)
			.of("person")
			.stream()
			.filter((row) -> String.valueOf(userId).equals(row.key()))
			.findFirst()
			.orElse(new Dashboard.Compliance("person", String.valueOf(userId), "", 0, 0, 0, 0, 0));
	}

	private long unitOf(TestPrincipal staff) {
		return this.jdbc.sql("select org_unit_id from user_account where id = ?")
			.param(staff.userId())
			.query(Long.class)
			.single();
	}

	private TestPrincipal counter(String username) {
		return TestPrincipal.of(this.jdbc, username);
	}

	private IntakeForm complaint() {
		return TestIntakeForms.complaint(this.clock, Channel.HOTLINE, Utility.GAS, "燃气表读数异常");
	}

}
