package org.utilityportal.casework.internal.generator;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.utilityportal.calendar.WorkingCalendar;
import org.utilityportal.calendar.WorkingCalendars;
import org.utilityportal.calendar.WorkingTime;
import org.utilityportal.casework.CaseStatus;
import org.utilityportal.casework.Channel;
import org.utilityportal.casework.SlaPolicies;
import org.utilityportal.casework.internal.CaseClocks;
import org.utilityportal.casework.internal.ServiceCase;

/**
 * Fills the database with synthetic cases over the last two years for load tests and
 * benchmarks, with {@code COPY} in batches of 20,000 cases: each case with its history,
 * escalations, pause and return visit, lived up to now by the portal's own rules
 * ({@link CaseLife}), so the clocks, lateness and escalations are those the portal would
 * have recorded. About 80% end closed; the rest are recent cases still running and older
 * ones left unfinished (mostly resolved without a return visit). Customers and accounts
 * are drawn from those in the database (generate customers first); teams and staff from
 * the organisation, which is completed by {@link SyntheticOrganisation} when it is small.
 * Ids and case numbers are reserved from the sequences first, so the portal can keep
 * working meanwhile; the same seed over the same database gives the same cases.
 */
@Slf4j
@Component
// Synthetic data is for demonstrations and benchmarks: it exists only with demo data on.
@ConditionalOnBooleanProperty("portal.demo-data.active")
@RequiredArgsConstructor
public class CaseDataGenerator {

	private static final int BATCH = 20_000;

	private static final int DAYS = 730;

	/**
	 * Cases younger than this still run by themselves; older unfinished ones are stuck.
	 */
	private static final int YOUNG_DAYS = 12;

	private static final String CASE_COLUMNS = "id, number, channel, nature, subject, utility, customer_id, account_id, "
			+ "contact_name, contact_phone, occurred_at, place, summary, details, staff_work_number, severity, impact, "
			+ "sensitive, amount, owner_id, owner_work_number, responsible_unit_id, responsible_id, status, tier, "
			+ "tier_entered_at, round, policy_id, calendar_id, all_hours, first_reply_minutes, resolution_minutes, "
			+ "return_visit_minutes, tier2_minutes, tier3_minutes, tier4_minutes, warning_percent, registered_at, "
			+ "resolution_started_at, first_replied_at, resolved_at, closed_at, first_reply_due_at, resolution_due_at, "
			+ "first_reply_late, resolution_late, return_visit_late, due_at, warn_at, warned_due_at, next_check_at, "
			+ "final_reply, repeat_of_id, created_by, version";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final SyntheticOrganisation organisation;

	private final SlaPolicies policies;

	private final WorkingCalendars calendars;

	private final CaseClocks clocks;

	private final Clock clock;

	/**
	 * Adds {@code count} cases registered over the last two years.
	 * @return how long it took
	 */
	public Duration generate(int count, long seed) {
		long started = System.nanoTime();
		Instant now = this.clock.instant();
		var org = this.organisation.ensure();
		CustomerSample customers = CustomerSample.load(this.jdbc);
		Map<Long, WorkingCalendar> calendarCache = new HashMap<>();
		WorkingCalendar standard = calendarCache.computeIfAbsent(this.calendars.idForOrgUnit(null),
				this.calendars::byId);
		CaseArrivals arrivals = CaseArrivals.spread(count, LocalDate.now(this.clock), DAYS, standard,
				this.clock.getZone());
		long idBase = reserve("service_case_id_seq", count);
		long numberBase = reserve("case_number_seq", count);
		// Unfinished old cases make up what the young ones still running leave of 20%.
		double youngOpen = arrivals.lastDays(YOUNG_DAYS) * 0.6;
		double stuck = Math.max(0, (0.2 * count - youngOpen) / Math.max(1, count - arrivals.lastDays(YOUNG_DAYS)));
		SplittableRandom random = new SplittableRandom(seed);
		Tables tables = new Tables();
		CaseFactory factory = new CaseFactory(org, customers, this.policies, random);
		Map<CaseStatus, Long> statuses = new EnumMap<>(CaseStatus.class);
		long dueNow = 0;
		int made = 0;
		try (Connection connection = this.dataSource.getConnection()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (int d = 0; d < arrivals.days(); d++) {
				LocalDate day = arrivals.day(d);
				long age = arrivals.days() - 1 - d;
				List<Arrival> today = new ArrayList<>();
				for (int i = 0; i < arrivals.count(d); i++) {
					Channel channel = SyntheticCases.channel(random);
					today.add(new Arrival(arrivals.time(random, day, channel, now), channel));
				}
				today.sort(Comparator.comparing(Arrival::at));
				for (Arrival arrival : today) {
					CaseFactory.Draft draft = factory.create(idBase + made,
							"C" + String.format("%010d", numberBase + made), arrival.channel(), arrival.at());
					ServiceCase c = draft.c();
					WorkingTime time = c.isAllHours() ? WorkingTime.allHours(this.clock.getZone())
							: WorkingTime.on(calendarCache.computeIfAbsent(c.getCalendarId(), this.calendars::byId),
									this.clock.getZone());
					CaseLife life = new CaseLife(c, time, now, random);
					CaseStatus stuckIn = (age >= YOUNG_DAYS && random.nextDouble() < stuck) ? stuckStage(random, age)
							: null;
					life.live(CasePlan.draw(c, time, random, stuckIn), draft.owner(), draft.online(), draft.sameDay(),
							draft.repeatOf(), draft.assignedTo(), this.clocks, tables.life);
					dueNow += life.dueNow() ? 1 : 0;
					statuses.merge(c.getStatus(), 1L, Long::sum);
					tables.addCase(c);
					made++;
					if (made % BATCH == 0) {
						tables.flush(copy);
						log.info("Generated {} of {} cases", made, count);
					}
				}
			}
			tables.flush(copy);
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Generating cases failed", ex);
		}
		for (String table : List.of("service_case", "case_event", "case_escalation", "return_visit", "case_pause")) {
			this.jdbc.sql("analyze " + table).update();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		log.info("Generated {} cases in {} s: {}; {} due at once (expected none)", made, took.toSeconds(), statuses,
				dueNow);
		return took;
	}

	/**
	 * Where an unfinished older case stays; after 60 days only without its return visit.
	 */
	private static CaseStatus stuckStage(SplittableRandom random, long age) {
		int roll = random.nextInt(100);
		if (age > 60 || roll < 50) {
			return CaseStatus.RESOLVED;
		}
		return (roll < 85) ? CaseStatus.IN_PROGRESS : CaseStatus.WAITING_CUSTOMER;
	}

	/**
	 * Moves a sequence past {@code count} values and returns the first value reserved.
	 */
	private long reserve(String sequence, long count) {
		long first = this.jdbc.sql("select nextval('" + sequence + "')").query(Long.class).single() + 1;
		// service_case_id_seq steps by 50 for Hibernate's pooled ids: leave whole blocks
		// free after the range.
		this.jdbc.sql("select setval('" + sequence + "', ?)").param(first + count + 100).query(Long.class).single();
		return first;
	}

	private record Arrival(Instant at, Channel channel) {
	}

	/** The rows of one batch, sent table by table in the order of the foreign keys. */
	private static final class Tables {

		private final CopyRows cases = new CopyRows("service_case", CASE_COLUMNS);

		private final CaseLife.Tables life = new CaseLife.Tables(cases,
				new CopyRows("case_pause", "case_id, paused_at, resumed_at"),
				new CopyRows("case_escalation", "case_id, round, tier, reason, escalated_at, escalated_by"),
				new CopyRows("return_visit",
						"case_id, round, method, attitude, speed, result, overall, remark, visited_at, recorded_by"),
				new CopyRows("case_event",
						"case_id, occurred_at, kind, actor, actor_name, actor_work_number, visible, detail, text"));

		void addCase(ServiceCase c) {
			this.cases.add(c.getId(), c.getNumber(), c.getChannel(), c.getNature(), c.getSubject(), c.getUtility(),
					c.getCustomerId(), c.getAccountId(), c.getContactName(), c.getContactPhone(), c.getOccurredAt(),
					c.getPlace(), c.getSummary(), c.getDetails(), c.getStaffWorkNumber(), c.getSeverity(),
					c.getImpact(), c.isSensitive(), c.getAmount(), c.getOwnerId(), c.getOwnerWorkNumber(),
					c.getResponsibleUnitId(), c.getResponsibleId(), c.getStatus(), c.getTier(), c.getTierEnteredAt(),
					c.getRound(), c.getPolicyId(), c.getCalendarId(), c.isAllHours(), c.getFirstReplyMinutes(),
					c.getResolutionMinutes(), c.getReturnVisitMinutes(), c.getTier2Minutes(), c.getTier3Minutes(),
					c.getTier4Minutes(), c.getWarningPercent(), c.getRegisteredAt(), c.getResolutionStartedAt(),
					c.getFirstRepliedAt(), c.getResolvedAt(), c.getClosedAt(), c.getFirstReplyDueAt(),
					c.getResolutionDueAt(), c.isFirstReplyLate(), c.isResolutionLate(), c.isReturnVisitLate(),
					c.getDueAt(), c.getWarnAt(), c.getWarnedDueAt(), c.getNextCheckAt(), c.getFinalReply(),
					c.getRepeatOfId(), c.getCreatedBy(), c.getVersion());
		}

		void flush(CopyManager copy) throws SQLException, IOException {
			this.cases.flush(copy);
			this.life.pauses().flush(copy);
			this.life.escalations().flush(copy);
			this.life.visits().flush(copy);
			this.life.events().flush(copy);
		}

	}

}
