package org.utilityportal.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.casework.internal.CaseClocks;
import org.utilityportal.casework.internal.CaseRepository;
import org.utilityportal.casework.internal.CaseTime;
import org.utilityportal.casework.internal.DeadlineCheck;
import org.utilityportal.casework.internal.DueCase;
import org.utilityportal.casework.internal.DueCaseQueries;
import org.utilityportal.casework.internal.ServiceCase;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.TestIntakeForms;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escalation scan reads a due case as its clock columns and pauses ({@link DueCase})
 * instead of loading the aggregate: the case built from them decides exactly as the
 * loaded aggregate does; and the dashboard's "due within 24 hours", which is kept per
 * hour, stays exact. Cases in every clock situation (just registered, waiting for the
 * customer, resumed, from a platform with an earlier deadline, answered, escalated,
 * resolved) are looked at from both at moments from an hour to forty days on, and every
 * look gives the same breaches, escalations, history entries, reminders, warning and
 * clocks.
 */
class DueCaseIT extends IntegrationTest {

	@Autowired
	private CaseIntake intake;

	@Autowired
	private CaseWork work;

	@Autowired
	private DueCaseQueries dueCases;

	@Autowired
	private CaseRepository cases;

	@Autowired
	private CaseClocks clocks;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private EscalationScan scan;

	@Autowired
	private CaseReport report;

	@Test
	void theScansCopyOfACaseDecidesAsTheLoadedAggregateAtEveryMomentOn() {
		List<String> numbers = casesInEveryClockSituation();
		List<String> looks = new ArrayList<>();
		for (Duration later : List.of(Duration.ofHours(1), Duration.ofHours(20), Duration.ofHours(25),
				Duration.ofDays(4), Duration.ofDays(40))) {
			Instant at = this.clock.instant().plus(later);
			Map<String, String> copies = looksAt(at, numbers, true);
			Map<String, String> loaded = looksAt(at, numbers, false);
			assertThat(copies).as("looks %s on", later).containsExactlyEntriesOf(loaded);
			looks.addAll(loaded.values());
		}
		String all = String.join("\n", looks);
		assertThat(all).as("the looks breach, escalate and warn").contains("BREACH", "ESCALATED", "WARNING");
	}

	/**
	 * The dashboard's "due within 24 hours" adds up the open cases kept per hour of their
	 * nearest deadline (V240) and counts the two partial hours at the ends: after cases
	 * were registered, paused, resumed, answered, escalated, resolved and scanned, the
	 * kept hours equal the open cases counted again, and the gauge equals the open cases
	 * whose deadline falls in the next 24 hours, counted one by one.
	 */
	@Test
	void theDueSoonGaugeFromTheHoursKeptEqualsTheOpenCasesCountedOneByOne() {
		List<String> numbers = casesInEveryClockSituation();
		this.clock.advance(Duration.ofMinutes(17));
		this.scan.run();
		this.work.resolve(numbers.get(0), version(numbers.get(0)), "已处理完毕", this.customers.counter());

		assertThat(
				count("""
						select count(*) from (
						    (select hour, cases from case_due_hours where cases <> 0
						     except
						     select case_due_hour(due_at), count(*) from service_case
						     where due_at is not null and status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER') group by 1)
						    union all
						    (select case_due_hour(due_at), count(*) from service_case
						     where due_at is not null and status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER') group by 1
						     except
						     select hour, cases from case_due_hours)) d
						"""))
			.as("hours whose kept count differs from the open cases counted again")
			.isZero();
		Instant now = this.clock.instant();
		long counted = this.jdbc.sql("""
				select count(*) from service_case where status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER')
				    and due_at >= ? and due_at < ?
				""")
			.params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
					OffsetDateTime.ofInstant(now.plus(Duration.ofHours(24)), ZoneOffset.UTC))
			.query(Long.class)
			.single();
		assertThat(counted).as("open cases due within a day").isPositive();
		assertThat(this.report.openRisk().dueSoon()).isEqualTo(counted);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private List<String> casesInEveryClockSituation() {
		TestPrincipal counter = this.customers.counter();
		TestPrincipal supervisor = TestPrincipal.of(this.jdbc, "supervisor1");
		String registered = register(null);
		String waiting = register(null);
		this.work.waitForCustomer(waiting, version(waiting), "请提供水表照片", counter);
		String resumed = register(null);
		this.work.waitForCustomer(resumed, version(resumed), "请提供水表照片", counter);
		this.clock.advance(Duration.ofHours(2));
		this.work.resume(resumed, version(resumed), counter);
		String platform = register(LocalDateTime.now(this.clock).plusHours(3));
		String answered = register(null);
		this.work.firstReply(answered, version(answered), "已受理，正在处理", counter);
		String escalated = register(null);
		this.work.escalateByHand(escalated, version(escalated), "请加快处理", supervisor);
		String resolved = register(null);
		this.work.resolve(resolved, version(resolved), "已更换水表", counter);
		return List.of(registered, waiting, resumed, platform, answered, escalated, resolved);
	}

	/**
	 * Each case's look at a moment, from the scan's copy or from the aggregate loaded by
	 * the repository; nothing is written (rolled back).
	 */
	private Map<String, String> looksAt(Instant at, List<String> numbers, boolean copies) {
		CaseTime time = this.clocks.now().at(at);
		return this.transactions.execute((status) -> {
			status.setRollbackOnly();
			Map<String, ServiceCase> byNumber = copies
					? this.dueCases.lockDue(at, 10_000)
						.stream()
						.filter((due) -> numbers.contains(due.number()))
						.collect(Collectors.toMap(DueCase::number, ServiceCase::dueForScan))
					: numbers.stream()
						.collect(Collectors.toMap((number) -> number,
								(number) -> this.cases.findByNumber(number).orElseThrow()));
			Map<String, String> looks = new LinkedHashMap<>();
			for (String number : numbers) {
				ServiceCase c = byNumber.get(number);
				boolean due = c != null && c.getNextCheckAt() != null && !c.getNextCheckAt().isAfter(at);
				looks.put(number, due ? look(c, time) : "not due");
			}
			return looks;
		});
	}

	private static String look(ServiceCase c, CaseTime time) {
		DeadlineCheck check = c.checkDeadlines(time);
		return String.join(" | ", "breaches " + check.breaches(),
				check.entries()
					.stream()
					.map((e) -> e.getKind() + ":" + e.getDetail() + "@" + e.getOccurredAt())
					.collect(Collectors.joining(",")),
				check.escalations()
					.stream()
					.map((e) -> e.getRound() + "/" + e.getTier() + "/" + e.getReason() + "@" + e.getEscalatedAt())
					.collect(Collectors.joining(",")),
				String.valueOf(check.missed()), "warned " + check.warnedDue(),
				"tier " + c.getTier() + " since " + c.getTierEnteredAt(),
				"due " + c.getFirstReplyDueAt() + "/" + c.getResolutionDueAt() + "/" + c.getDueAt(),
				"warn " + c.getWarnAt() + "/" + c.getWarnedDueAt(), "next " + c.getNextCheckAt(),
				"late " + c.isFirstReplyLate() + "/" + c.isResolutionLate() + "/" + c.isReturnVisitLate(),
				"charged " + c.charges(), "id " + c.getId() + " v" + c.getVersion() + " " + c.getSummary());
	}

	private String register(LocalDateTime platformDue) {
		IntakeForm form = TestIntakeForms.complaint(this.clock,
				(platformDue != null) ? Channel.GOV_12345 : Channel.HOTLINE, Utility.WATER, "扫描副本对照");
		if (platformDue != null) {
			form.setPlatform(Platform.GOV_12345);
			form.setPlatformTicket("12345-" + UUID.randomUUID().toString().substring(0, 12));
			form.setPlatformDueAt(platformDue);
		}
		return this.intake.registerByStaff(form, this.customers.counter());
	}

	private long version(String number) {
		return this.jdbc.sql("select version from service_case where number = ?")
			.param(number)
			.query(Long.class)
			.single();
	}

}
