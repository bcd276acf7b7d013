package org.utilityportal.casework.internal.generator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.utilityportal.casework.CaseIntake;
import org.utilityportal.casework.CaseStatus;
import org.utilityportal.casework.Channel;
import org.utilityportal.casework.Grade;
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.SlaPolicies;
import org.utilityportal.casework.SlaPolicyView;
import org.utilityportal.casework.Subject;
import org.utilityportal.casework.internal.ServiceCase;
import org.utilityportal.casework.internal.generator.CaseLife.Actor;
import org.utilityportal.casework.internal.generator.SyntheticOrganisation.Organisation;
import org.utilityportal.casework.internal.generator.SyntheticOrganisation.Staff;
import org.utilityportal.casework.internal.generator.SyntheticOrganisation.Team;
import org.utilityportal.shared.domain.Utility;

/**
 * A generated case as registered: classification and grade, the customer and account
 * (metro passengers mostly anonymous with a contact), the clerk who registered it at one
 * of the service halls (cases raised online go to the first hall and get their owner when
 * taken), the team and person handling it (35% another team, half of them a named
 * person), the policy's limits, money involved for billing cases. 4% of complaints repeat
 * an earlier case of the same customer and subject from the last few days.
 */
final class CaseFactory {

	private static final int RECENT = 4096;

	/**
	 * A new case and what its life needs to know.
	 *
	 * @param c the case, registered and not yet lived
	 * @param owner who registered it, or who will take it when raised online
	 * @param online raised online by the customer
	 * @param sameDay goes to tier 2 at once (sensitive, or ¥10,000 or more)
	 * @param repeatOf the number of the case it repeats, or {@code null}
	 * @param assignedTo the team (and person) it was handed to, or {@code null}
	 */
	record Draft(ServiceCase c, Actor owner, boolean online, boolean sameDay, String repeatOf, String assignedTo) {
	}

	private final Organisation organisation;

	private final CustomerSample customers;

	private final SlaPolicies policies;

	private final SplittableRandom random;

	private final Map<String, SlaPolicyView> policyCache = new HashMap<>();

	private final List<Staff> allStaff;

	private final ServiceCase[] recent = new ServiceCase[RECENT];

	private int recentCount;

	CaseFactory(Organisation organisation, CustomerSample customers, SlaPolicies policies, SplittableRandom random) {
		this.organisation = organisation;
		this.customers = customers;
		this.policies = policies;
		this.random = random;
		this.allStaff = organisation.handlers().stream().flatMap((team) -> team.staff().stream()).toList();
	}

	Draft create(long id, String number, Channel channel, Instant at) {
		ServiceCase c = new ServiceCase();
		c.setId(id);
		c.setNumber(number);
		c.setChannel(channel);
		Nature nature = SyntheticCases.nature(this.random);
		Utility utility = SyntheticCases.utility(this.random);
		Subject subject = SyntheticCases.subject(this.random, nature, utility);
		ServiceCase earlier = (nature == Nature.COMPLAINT && this.recentCount > 0 && this.random.nextInt(100) < 4)
				? this.recent[this.random.nextInt(Math.min(this.recentCount, RECENT))] : null;
		if (earlier != null) {
			utility = earlier.getUtility();
			subject = earlier.getSubject();
			c.setCustomerId(earlier.getCustomerId());
			c.setAccountId(earlier.getAccountId());
			c.setRepeatOfId(earlier.getId());
		}
		else {
			customer(c, utility);
		}
		c.setNature(nature);
		c.setSubject(subject);
		c.setUtility(utility);
		c.setSeverity(SyntheticCases.level(this.random));
		c.setImpact(SyntheticCases.level(this.random));
		c.setSensitive(this.random.nextInt(1000) < 8);
		if (subject == Subject.BILLING && this.random.nextInt(100) < 80) {
			long cents = (this.random.nextInt(1000) < 6) ? this.random.nextLong(1_000_000, 5_000_000)
					: this.random.nextLong(2_000, 300_000);
			c.setAmount(BigDecimal.valueOf(cents, 2));
		}
		SlaPolicyView policy = this.policyCache.computeIfAbsent(
				nature + "|" + subject + "|" + Grade.band(c.gradeValue()),
				(key) -> this.policies.match(c.getNature(), c.getSubject(), c.gradeValue()));
		c.applyPolicy(policy);
		c.setRegisteredAt(at);
		c.setResolutionStartedAt(at);
		c.setTierEnteredAt(at);
		c.setTier(1);
		c.setStatus(CaseStatus.REGISTERED);
		c.setOccurredAt(at.minusSeconds(this.random.nextLong(48 * 3600)));
		c.setPlace(SyntheticCases.place(this.random, utility));
		c.setSummary(SyntheticCases.summary(this.random, nature, subject, utility));
		c.setDetails(SyntheticCases.details(this.random, c.getSummary()));
		if (subject == Subject.STAFF) {
			c.setStaffWorkNumber(this.allStaff.get(this.random.nextInt(this.allStaff.size())).workNumber());
		}
		boolean online = channel == Channel.WEB;
		Handling handling = handlers(c, online);
		if (c.getCustomerId() != null) {
			this.recent[this.recentCount++ % RECENT] = c;
		}
		boolean sameDay = c.isSensitive()
				|| (c.getAmount() != null && c.getAmount().compareTo(CaseIntake.SAME_DAY_AMOUNT) >= 0);
		return new Draft(c, handling.owner(), online, sameDay, (earlier != null) ? earlier.getNumber() : null,
				handling.assignedTo());
	}

	/** Owner, responsible team and person, calendar. */
	private Handling handlers(ServiceCase c, boolean online) {
		List<Team> halls = this.organisation.halls();
		Team hall = online ? halls.get(0) : halls.get(this.random.nextInt(halls.size()));
		Staff clerk = hall.staff().get(this.random.nextInt(hall.staff().size()));
		Actor owner = new Actor(clerk.id(), clerk.username(), clerk.name(), clerk.workNumber());
		if (!online) {
			c.setOwnerId(clerk.id());
			c.setOwnerWorkNumber(clerk.workNumber());
		}
		c.setCreatedBy(online ? Actor.CUSTOMER.username() : clerk.username());
		c.setCalendarId(hall.calendarId());
		List<Team> handlers = this.organisation.handlers();
		Team team = (this.random.nextInt(100) < 35) ? handlers.get(this.random.nextInt(handlers.size())) : hall;
		Staff person = (team != hall && !team.staff().isEmpty() && this.random.nextBoolean())
				? team.staff().get(this.random.nextInt(team.staff().size())) : null;
		c.setResponsibleUnitId(team.id());
		c.setResponsibleId((person != null) ? person.id() : null);
		return new Handling(owner,
				(team != hall) ? team.name() + ((person != null) ? " / " + person.name() : "") : null);
	}

	private record Handling(Actor owner, String assignedTo) {
	}

	private void customer(ServiceCase c, Utility utility) {
		int drawn = (utility == Utility.METRO && this.random.nextInt(100) < 70) ? -1
				: this.customers.draw(this.random, utility);
		if (drawn < 0) {
			c.setContactName(SyntheticCases.pick(this.random, "匿名乘客", "王先生", "李女士", "赵先生"));
			c.setContactPhone(SyntheticCases.mobile(this.random));
			return;
		}
		c.setCustomerId(this.customers.customerId(drawn));
		if (this.random.nextInt(100) < 80) {
			c.setAccountId(this.customers.accountId(drawn));
		}
	}

}
