package org.utilityportal.casework.internal.generator;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.utilityportal.casework.Channel;
import org.utilityportal.casework.Grade;
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.Platform;
import org.utilityportal.casework.SlaPolicies;
import org.utilityportal.casework.SlaPolicyView;
import org.utilityportal.casework.Subject;
import org.utilityportal.casework.internal.Actor;
import org.utilityportal.casework.internal.CaseTime;
import org.utilityportal.casework.internal.PlatformTicket;
import org.utilityportal.casework.internal.Registration;
import org.utilityportal.casework.internal.ServiceCase;
import org.utilityportal.casework.internal.generator.Teams.Organisation;
import org.utilityportal.casework.internal.generator.Teams.Staff;
import org.utilityportal.casework.internal.generator.Teams.Team;
import org.utilityportal.shared.domain.Utility;

/**
 * A generated case as registered ({@link ServiceCase#register}): classification and
 * grade, the customer and account (metro passengers mostly anonymous with a contact), the
 * clerk who registered it at one of the service halls (cases raised online go to the
 * first hall and get their owner when taken), the team and person handling it (35%
 * another team, half of them a named person), money involved for billing cases. 4% of
 * complaints repeat an earlier case of the same customer and subject from the last few
 * days.
 */
final class CaseFactory {

	private static final int RECENT = 4096;

	/** A case raised online by its customer. */
	static final Actor CUSTOMER = new Actor(null, "customer", "客户", null);

	/**
	 * A new case and what its life needs to know.
	 *
	 * @param c the case, registered and not yet lived
	 * @param id the id reserved for it
	 * @param owner who registered it, or who will take it when raised online
	 * @param handoff the team (and person) a clerk hands it to soon after, or
	 * {@code null}
	 */
	record Draft(ServiceCase c, long id, Actor owner, Handoff handoff) {
	}

	/**
	 * A hand-over to another team.
	 *
	 * @param unitId the team
	 * @param personId the person, or {@code null}
	 * @param description as the history shows it
	 */
	record Handoff(long unitId, Long personId, String description) {
	}

	private record Recent(ServiceCase c, long id, String number, long customerId, Long accountId, Utility utility,
			Subject subject) {
	}

	private record Party(Long customerId, Long accountId, String contactName, String contactPhone) {
	}

	private final Organisation organisation;

	private final CustomerSample customers;

	private final SlaPolicies policies;

	private final SplittableRandom random;

	private final Map<String, SlaPolicyView> policyCache = new HashMap<>();

	private final List<Staff> allStaff;

	private final Recent[] recent = new Recent[RECENT];

	private int recentCount;

	CaseFactory(Organisation organisation, CustomerSample customers, SlaPolicies policies, SplittableRandom random) {
		this.organisation = organisation;
		this.customers = customers;
		this.policies = policies;
		this.random = random;
		this.allStaff = organisation.handlers().stream().flatMap((team) -> team.staff().stream()).toList();
	}

	Draft create(long id, String number, Channel channel, CaseTime time) {
		Instant at = time.now();
		Nature nature = SyntheticCases.nature(this.random);
		Utility utility = SyntheticCases.utility(this.random);
		Subject subject = SyntheticCases.subject(this.random, nature, utility);
		Recent earlier = (nature == Nature.COMPLAINT && this.recentCount > 0 && this.random.nextInt(100) < 4)
				? this.recent[this.random.nextInt(Math.min(this.recentCount, RECENT))] : null;
		Party party;
		if (earlier != null) {
			utility = earlier.utility();
			subject = earlier.subject();
			party = new Party(earlier.customerId(), earlier.accountId(), null, null);
		}
		else {
			party = party(utility);
		}
		int severity = SyntheticCases.level(this.random);
		int impact = SyntheticCases.level(this.random);
		boolean sensitive = this.random.nextInt(1000) < 8;
		BigDecimal amount = null;
		if (subject == Subject.BILLING && this.random.nextInt(100) < 80) {
			long cents = (this.random.nextInt(1000) < 6) ? this.random.nextLong(1_000_000, 5_000_000)
					: this.random.nextLong(2_000, 300_000);
			amount = BigDecimal.valueOf(cents, 2);
		}
		Nature n = nature;
		Subject s = subject;
		int grade = severity * impact;
		SlaPolicyView policy = this.policyCache.computeIfAbsent(n + "|" + s + "|" + Grade.band(grade),
				(key) -> this.policies.match(n, s, grade));
		Instant occurred = at.minusSeconds(this.random.nextLong(48 * 3600));
		String place = SyntheticCases.place(this.random, utility);
		String summary = SyntheticCases.summary(this.random, nature, subject, utility);
		String details = SyntheticCases.details(this.random, summary);
		String staffWorkNumber = (subject == Subject.STAFF)
				? this.allStaff.get(this.random.nextInt(this.allStaff.size())).workNumber() : null;
		boolean online = channel == Channel.WEB;
		List<Team> halls = this.organisation.halls();
		Team hall = online ? halls.get(0) : halls.get(this.random.nextInt(halls.size()));
		Staff clerk = hall.staff().get(this.random.nextInt(hall.staff().size()));
		Actor owner = new Actor(clerk.id(), clerk.username(), clerk.name(), clerk.workNumber());
		List<Team> handlers = this.organisation.handlers();
		Team team = (this.random.nextInt(100) < 35) ? handlers.get(this.random.nextInt(handlers.size())) : hall;
		Staff person = (team != hall && !team.staff().isEmpty() && this.random.nextBoolean())
				? team.staff().get(this.random.nextInt(team.staff().size())) : null;
		Long personId = (person != null) ? person.id() : null;
		Registration registration = new Registration(number, channel, nature, subject, utility, party.customerId(),
				party.accountId(), party.contactName(), party.contactPhone(), occurred, place, summary, details,
				staffWorkNumber, severity, impact, sensitive, amount, online ? null : owner,
				online ? team.id() : hall.id(), online ? personId : null, hall.calendarId(),
				(earlier != null) ? earlier.id() : null, (earlier != null) ? earlier.number() : null, null,
				(earlier != null) ? resolvedBy(earlier.c()) : null, platformTicket(channel, number, at));
		ServiceCase c = ServiceCase.register(registration, policy, null, online ? CUSTOMER : owner, time);
		if (party.customerId() != null) {
			this.recent[this.recentCount++ % RECENT] = new Recent(c, id, number, party.customerId(), party.accountId(),
					utility, subject);
		}
		Handoff handoff = (!online && team != hall)
				? new Handoff(team.id(), personId, team.name() + ((person != null) ? " / " + person.name() : ""))
				: null;
		return new Draft(c, id, owner, handoff);
	}

	/**
	 * Who resolved (else handles) an earlier case: a repeat of it counts against them.
	 */
	private static Long resolvedBy(ServiceCase earlier) {
		return earlier.charges().resolutionCharged() ? earlier.charges().resolutionChargedId() : earlier.handler();
	}

	/** A case from the 12345 hotline carries its ticket and the platform's five days. */
	private static PlatformTicket platformTicket(Channel channel, String number, Instant at) {
		return (channel == Channel.GOV_12345)
				? new PlatformTicket(Platform.GOV_12345, "12345-" + number.substring(1), at.plus(Duration.ofDays(5)))
				: null;
	}

	private Party party(Utility utility) {
		int drawn = (utility == Utility.METRO && this.random.nextInt(100) < 70) ? -1
				: this.customers.draw(this.random, utility);
		if (drawn < 0) {
			return new Party(null, null, SyntheticCases.pick(this.random, "匿名乘客", "王先生", "李女士", "赵先生"),
					SyntheticCases.mobile(this.random));
		}
		Long account = (this.random.nextInt(100) < 80) ? this.customers.accountId(drawn) : null;
		return new Party(this.customers.customerId(drawn), account, null, null);
	}

}
