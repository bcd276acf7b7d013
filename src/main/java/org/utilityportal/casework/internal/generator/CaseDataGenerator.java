package org.utilityportal.casework.internal.generator;

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

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.utilityportal.calendar.WorkingCalendar;
import org.utilityportal.calendar.WorkingCalendars;
import org.utilityportal.casework.CaseStatus;
import org.utilityportal.casework.Channel;
import org.utilityportal.casework.SlaPolicies;
import org.utilityportal.casework.internal.CaseTime;
import org.utilityportal.casework.internal.ServiceCase;
import org.utilityportal.customer.ServiceAccounts;

/**
 * Fills the database with synthetic cases over the last two years for load tests and
 * benchmarks, with {@code COPY} in batches of 20,000 cases ({@link GeneratedCaseWriter}):
 * each case with its history, escalations, pause and return visit, lived up to now by the
 * case's own transitions and the escalation scan's looks ({@link CaseLife}), so the
 * clocks, lateness, escalations and warnings are those the portal would have recorded.
 * About 80% end closed; the rest are recent cases still running and older ones left
 * unfinished (mostly resolved without a return visit). Customers and accounts are drawn
 * from those in the database (generate customers first); teams and staff from the
 * organisation, which is completed by a synthetic one when it is small ({@link Teams}).
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

	private final GeneratedCaseWriter writer;

	private final Teams teams;

	private final ServiceAccounts accounts;

	private final SlaPolicies policies;

	private final WorkingCalendars calendars;

	private final Clock clock;

	/**
	 * Adds {@code count} cases registered over the last two years.
	 * @return how long it took
	 */
	public Duration generate(int count, long seed) {
		long started = System.nanoTime();
		Instant now = this.clock.instant();
		var org = this.teams.ensure();
		CustomerSample customers = CustomerSample.load(this.accounts);
		Map<Long, WorkingCalendar> calendarCache = new HashMap<>();
		CaseTime time = new CaseTime(now, this.clock.getZone(),
				(id) -> calendarCache.computeIfAbsent(id, this.calendars::byId));
		WorkingCalendar standard = time.calendars().apply(this.calendars.idForOrgUnit(null));
		CaseArrivals arrivals = CaseArrivals.spread(count, LocalDate.now(this.clock), DAYS, standard,
				this.clock.getZone());
		long idBase = this.writer.reserveIds(count);
		long numberBase = this.writer.reserveNumbers(count);
		// Unfinished old cases make up what the young ones still running leave of 20%.
		double youngOpen = arrivals.lastDays(YOUNG_DAYS) * 0.6;
		double stuck = Math.max(0, (0.2 * count - youngOpen) / Math.max(1, count - arrivals.lastDays(YOUNG_DAYS)));
		SplittableRandom random = new SplittableRandom(seed);
		CaseLife.Tables tables = this.writer.tables();
		CaseFactory factory = new CaseFactory(org, customers, this.policies, random);
		Map<CaseStatus, Long> statuses = new EnumMap<>(CaseStatus.class);
		long dueNow = 0;
		int made = 0;
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
				CaseFactory.Draft draft = factory.create(idBase + made, "C" + String.format("%010d", numberBase + made),
						arrival.channel(), time.at(arrival.at()));
				ServiceCase c = draft.c();
				CaseLife life = new CaseLife(draft, time, random);
				CaseStatus stuckIn = (age >= YOUNG_DAYS && random.nextDouble() < stuck) ? stuckStage(random, age)
						: null;
				life.live(CasePlan.draw(c, time.countingFor(c), random, stuckIn), tables);
				dueNow += life.dueNow() ? 1 : 0;
				statuses.merge(c.getStatus(), 1L, Long::sum);
				made++;
				if (made % BATCH == 0) {
					this.writer.write(tables);
					log.info("Generated {} of {} cases", made, count);
				}
			}
		}
		this.writer.write(tables);
		this.writer.analyze();
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

	private record Arrival(Instant at, Channel channel) {
	}

}
