package org.utilityportal.casework;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.utilityportal.calendar.WorkingCalendars;
import org.utilityportal.casework.internal.CaseClocks;
import org.utilityportal.casework.internal.CaseEscalator;
import org.utilityportal.casework.internal.CaseHistory;
import org.utilityportal.casework.internal.CaseRepository;
import org.utilityportal.casework.internal.CaseRouting;
import org.utilityportal.casework.internal.ServiceCase;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.notification.Notifications;
import org.utilityportal.settings.Setting;
import org.utilityportal.settings.Settings;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Registers cases. The staff member who registers a case owns it to the end (首问负责);
 * online cases get their owner when a member of staff takes them. The SLA policy's limits
 * are copied into the case; the clocks count on the calendar of the responsible team.
 * Sensitive cases and cases involving ¥10,000 or more go to tier 2 at once (the same
 * day). A case of the same customer and subject within the repeat window (30 days by
 * default) is linked to the earlier one and flagged.
 */
@Service
@RequiredArgsConstructor
public class CaseIntake {

	/**
	 * The default of the amount from which cases go to tier 2 the same day; the amount in
	 * force is the setting {@link Setting#SAME_DAY_AMOUNT}.
	 */
	public static final BigDecimal SAME_DAY_AMOUNT = new BigDecimal("10000.00");

	private final CaseRepository cases;

	private final SlaPolicies policies;

	private final WorkingCalendars calendars;

	private final CaseClocks clocks;

	private final CaseHistory history;

	private final CaseEscalator escalator;

	private final CaseRouting routing;

	private final Notifications notifications;

	private final ServiceAccounts accounts;

	private final OrgUnits orgUnits;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Settings settings;

	@Value("${portal.casework.repeat-window:30d}")
	private Duration repeatWindow;

	@Value("${portal.casework.online-unit:}")
	private String onlineUnitCode;

	/** Checks the rules that span fields; messages go next to the fields. */
	@Transactional(readOnly = true)
	public void validate(IntakeForm form, Errors errors) {
		if (form.getSubject() == Subject.STAFF) {
			if (!StringUtils.hasText(form.getStaffWorkNumber())) {
				errors.rejectValue("staffWorkNumber", "case.validation.staffWorkNumber");
			}
			else if (this.orgUnits.staffByWorkNumber(form.getStaffWorkNumber()).isEmpty()) {
				errors.rejectValue("staffWorkNumber", "case.validation.unknownWorkNumber");
			}
		}
		if (form.getSubject() != null && form.getSubject().name().startsWith("WATER_")
				&& form.getUtility() != Utility.WATER) {
			errors.rejectValue("subject", "case.validation.waterOnly");
		}
		if (form.getCustomerId() == null && !StringUtils.hasText(form.getContactPhone())) {
			errors.rejectValue("contactPhone", "case.validation.contact");
		}
		if (StringUtils.hasText(form.getAccountNumber())) {
			if (form.getCustomerId() == null) {
				errors.rejectValue("accountNumber", "case.validation.accountWithoutCustomer");
			}
			else {
				try {
					ServiceAccountView account = this.accounts.ownedBy(form.getCustomerId(),
							form.getAccountNumber().strip().toUpperCase(Locale.ROOT));
					if (form.getUtility() != null && account.utility() != form.getUtility()) {
						errors.rejectValue("accountNumber", "case.validation.accountUtility");
					}
				}
				catch (NotFoundException ex) {
					errors.rejectValue("accountNumber", "case.validation.accountNotCustomers");
				}
			}
		}
		if (form.getOccurredAt() != null && form.getOccurredAt()
			.atZone(this.clock.getZone())
			.toInstant()
			.isAfter(this.clock.instant().plusSeconds(300))) {
			errors.rejectValue("occurredAt", "validation.notInFuture");
		}
	}

	/**
	 * Registers a case a member of staff took; they become its owner.
	 * @return the case number
	 */
	@Transactional
	public String registerByStaff(IntakeForm form, PortalPrincipal staff) {
		Long unit = this.orgUnits.staff(staff.userId()).map((placement) -> placement.orgUnitId()).orElse(null);
		return register(form, staff.userId(), staff.workNumber().orElse(null), unit, actor(staff), null, null);
	}

	/**
	 * Registers a case a customer raised online, for themselves; the channel is the web
	 * portal, the grade the lowest until staff regrade it, and it waits for an owner.
	 * @return the case number
	 */
	@Transactional
	public String registerOnline(IntakeForm form, PortalPrincipal customer) {
		form.setChannel(Channel.WEB);
		form.setCustomerId(customer.requireCustomerId());
		form.setSeverity(1);
		form.setImpact(1);
		form.setSensitive(false);
		form.setResponsibleId(null);
		form.setResponsibleUnitId(null);
		return register(form, null, null, servingUnit(form), actor(customer), null, null);
	}

	/**
	 * Registers the case of a catalogue order: by staff for a customer (the clerk owns
	 * it), or by the customer online (it waits for an owner). Its first reply and
	 * resolution limits are the service's commitment instead of the policy's.
	 * @return the case number
	 */
	@Transactional
	public String registerOrder(IntakeForm form, ServiceCommitment commitment, PortalPrincipal by) {
		if (by.role() == Role.CUSTOMER) {
			form.setChannel(Channel.WEB);
			form.setCustomerId(by.requireCustomerId());
			form.setResponsibleId(null);
			form.setResponsibleUnitId(null);
			return register(form, null, null, servingUnit(form), actor(by), null, commitment);
		}
		Long unit = this.orgUnits.staff(by.userId()).map((placement) -> placement.orgUnitId()).orElse(null);
		return register(form, by.userId(), by.workNumber().orElse(null), unit, actor(by), null, commitment);
	}

	/**
	 * Registers a bill re-check request once: a second call with the same request id does
	 * nothing, also when it runs at the same moment in another transaction (it waits for
	 * the first one's claim on the request id, then finds it taken; no error).
	 * @return the case number, or empty when the request already has its case
	 */
	@Transactional
	public Optional<String> registerRecheck(long requestId, IntakeForm form, String requestedBy) {
		boolean claimed = this.jdbc
			.sql("insert into case_recheck_claim (request_id, claimed_at) values (?, ?) on conflict do nothing")
			.params(requestId, OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update() == 1;
		if (!claimed) {
			return Optional.empty();
		}
		Optional<Long> staffId = this.jdbc
			.sql("select id from user_account where username = ? and role in ('COUNTER', 'SUPERVISOR')")
			.param(requestedBy)
			.query(Long.class)
			.optional();
		Long owner = staffId.orElse(null);
		String workNumber = staffId.flatMap(this.orgUnits::staff).map((s) -> s.workNumber()).orElse(null);
		Long unit = staffId.flatMap(this.orgUnits::staff).map((s) -> s.orgUnitId()).orElse(onlineUnit());
		return Optional.of(register(form, owner, workNumber, unit,
				new CaseHistory.Actor(requestedBy, requestedBy, workNumber), requestId, null));
	}

	private String register(IntakeForm form, Long ownerId, String ownerWorkNumber, Long defaultUnit,
			CaseHistory.Actor actor, Long recheckRequestId, ServiceCommitment commitment) {
		Instant now = this.clock.instant();
		ServiceCase c = new ServiceCase();
		c.setNumber("C" + String.format("%010d",
				this.jdbc.sql("select nextval('case_number_seq')").query(Long.class).single()));
		c.setChannel(form.getChannel());
		c.setNature(form.getNature());
		c.setSubject(form.getSubject());
		c.setUtility(form.getUtility());
		c.setCustomerId(form.getCustomerId());
		if (StringUtils.hasText(form.getAccountNumber())) {
			c.setAccountId(this.accounts
				.ownedBy(form.getCustomerId(), form.getAccountNumber().strip().toUpperCase(Locale.ROOT))
				.id());
		}
		c.setContactName(blankToNull(form.getContactName()));
		c.setContactPhone(blankToNull(form.getContactPhone()));
		c.setOccurredAt(form.getOccurredAt().atZone(this.clock.getZone()).toInstant());
		c.setPlace(form.getPlace().strip());
		c.setSummary(form.getSummary().strip());
		c.setDetails(form.getDetails().strip());
		c.setStaffWorkNumber((form.getSubject() == Subject.STAFF) ? form.getStaffWorkNumber().strip() : null);
		c.setSeverity(form.getSeverity());
		c.setImpact(form.getImpact());
		c.setSensitive(form.isSensitive());
		c.setAmount(form.getAmount());
		c.setOwnerId(ownerId);
		c.setOwnerWorkNumber(ownerWorkNumber);
		Long unit = (form.getResponsibleUnitId() != null) ? form.getResponsibleUnitId() : defaultUnit;
		c.setResponsibleUnitId((unit != null) ? unit : onlineUnit());
		c.setResponsibleId(form.getResponsibleId());
		c.setStatus(CaseStatus.REGISTERED);
		c.setTier(1);
		c.setTierEnteredAt(now);
		SlaPolicyView policy = this.policies.match(form.getNature(), form.getSubject(), c.gradeValue());
		c.applyPolicy(policy);
		if (commitment != null) {
			c.applyCommitment(commitment);
		}
		c.setCalendarId(this.calendars.idForOrgUnit(c.getResponsibleUnitId()));
		c.setRegisteredAt(now);
		c.setResolutionStartedAt(now);
		c.setRecheckRequestId(recheckRequestId);
		c.setCreatedBy(actor.username());
		Optional<String> earlier = linkRepeat(c, now);
		this.cases.saveAndFlush(c);
		this.history.record(c.getId(), now, EventKind.REGISTERED, actor, true, c.getChannel().name(), null);
		if (ownerWorkNumber != null) {
			this.history.record(c.getId(), now, EventKind.OWNER_TAKEN, actor, true, ownerWorkNumber, null);
		}
		earlier.ifPresent((number) -> this.history.record(c.getId(), now, EventKind.REPEAT_LINKED,
				CaseHistory.Actor.SYSTEM, false, number, null));
		boolean sameDay = c.isSensitive() || (c.getAmount() != null
				&& c.getAmount().compareTo(this.settings.number(Setting.SAME_DAY_AMOUNT)) >= 0);
		if (sameDay) {
			this.escalator.escalate(c, 2, EscalationReason.SAME_DAY, now, CaseHistory.Actor.SYSTEM, null);
		}
		this.clocks.refresh(c, new HashMap<>());
		this.cases.saveAndFlush(c);
		this.notifications.send(this.routing.handlers(c), "case.notice.registered",
				List.of(c.getNumber(), c.getSummary()), "/cases/" + c.getNumber(), "registered:" + c.getNumber());
		return c.getNumber();
	}

	private Optional<String> linkRepeat(ServiceCase c, Instant now) {
		if (c.getCustomerId() == null) {
			return Optional.empty();
		}
		var earlier = this.jdbc.sql("""
				select id, number from service_case
				where customer_id = ? and subject = ? and registered_at >= ?
				order by registered_at desc limit 1
				""")
			.params(c.getCustomerId(), c.getSubject().name(),
					OffsetDateTime.ofInstant(now.minus(this.repeatWindow), ZoneOffset.UTC))
			.query((row, index) -> new Object[] { row.getLong("id"), row.getString("number") })
			.optional();
		earlier.ifPresent((found) -> c.setRepeatOfId((Long) found[0]));
		return earlier.map((found) -> (String) found[1]);
	}

	/**
	 * The unit whose service areas cover the address of the case's account (set on
	 * /admin/org-units), else the unit that receives online cases.
	 */
	private Long servingUnit(IntakeForm form) {
		if (!StringUtils.hasText(form.getAccountNumber())) {
			return onlineUnit();
		}
		String address = this.accounts
			.ownedBy(form.getCustomerId(), form.getAccountNumber().strip().toUpperCase(Locale.ROOT))
			.serviceAddress();
		return this.orgUnits.unitServing(address).orElseGet(this::onlineUnit);
	}

	private Long onlineUnit() {
		List<OrgUnit> units = this.orgUnits.all();
		return units.stream()
			.filter((unit) -> StringUtils.hasText(this.onlineUnitCode) ? unit.code().equals(this.onlineUnitCode)
					: "COUNTER".equals(unit.kind()))
			.findFirst()
			.or(() -> units.stream().findFirst())
			.map(OrgUnit::id)
			.orElseThrow(() -> new IllegalStateException("No organisation unit to receive online cases"));
	}

	static CaseHistory.Actor actor(PortalPrincipal principal) {
		return new CaseHistory.Actor(principal.username(), principal.displayName(),
				principal.workNumber().orElse(null));
	}

	private static String blankToNull(String text) {
		return StringUtils.hasText(text) ? text.strip() : null;
	}

}
