package org.utilityportal.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.utilityportal.calendar.WorkingCalendars;
import org.utilityportal.casework.internal.Actor;
import org.utilityportal.casework.internal.Assignees;
import org.utilityportal.casework.internal.CaseClocks;
import org.utilityportal.casework.internal.CaseRepository;
import org.utilityportal.casework.internal.CaseRouting;
import org.utilityportal.casework.internal.CaseTime;
import org.utilityportal.casework.internal.PlatformTicket;
import org.utilityportal.casework.internal.Registration;
import org.utilityportal.casework.internal.ServiceCase;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.identity.StaffPlacement;
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
 * default) is linked to the earlier one and flagged. Each registration publishes
 * {@link CaseRegistered} (and {@link CaseEscalated} when it went to tier 2 at once).
 */
@Service
@RequiredArgsConstructor
public class CaseIntake {

	private final CaseRepository cases;

	private final SlaPolicies policies;

	private final WorkingCalendars calendars;

	private final CaseClocks clocks;

	private final CaseRouting routing;

	private final ApplicationEventPublisher events;

	private final ServiceAccounts accounts;

	private final OrgUnits orgUnits;

	private final Clock clock;

	private final Settings settings;

	private final Assignees assignees;

	@Value("${portal.casework.repeat-window:30d}")
	private Duration repeatWindow;

	@Value("${portal.casework.online-unit:}")
	private String onlineUnitCode;

	/**
	 * Checks a case a customer raises online: what only staff decide (grade, amount,
	 * handler) is dropped first, then the rules that span fields are checked.
	 */
	@Transactional(readOnly = true)
	public void validateOnline(IntakeForm form, Errors errors) {
		withoutGrading(form);
		validate(form, errors);
	}

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
		if (form.getResponsibleId() != null) {
			Long unit = form.getResponsibleUnitId();
			if (unit == null || !this.assignees.isStaffOf(unit, form.getResponsibleId())) {
				errors.rejectValue("responsibleId", "case.validation.assigneeNotInUnit");
			}
		}
		validatePlatform(form, errors);
		if (form.getOccurredAt() != null && form.getOccurredAt()
			.atZone(this.clock.getZone())
			.toInstant()
			.isAfter(this.clock.instant().plusSeconds(300))) {
			errors.rejectValue("occurredAt", "validation.notInFuture");
		}
	}

	/**
	 * A platform case carries the platform's ticket number, which no other case has (the
	 * message names the case that has it); the platform's deadline is not in the past.
	 */
	private void validatePlatform(IntakeForm form, Errors errors) {
		if (form.getPlatform() == null) {
			return;
		}
		if (!StringUtils.hasText(form.getPlatformTicket())) {
			errors.rejectValue("platformTicket", "validation.required");
		}
		else {
			this.cases.findNumberByPlatformTicket(form.getPlatform(), form.getPlatformTicket().strip())
				.ifPresent((number) -> errors.rejectValue("platformTicket", "case.validation.platformTicketTaken",
						new Object[] { number }, null));
		}
		if (form.getPlatformDueAt() != null
				&& form.getPlatformDueAt().atZone(this.clock.getZone()).toInstant().isBefore(this.clock.instant())) {
			errors.rejectValue("platformDueAt", "case.validation.platformDuePast");
		}
	}

	/**
	 * The case that already carries a platform's ticket number, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<String> caseWithPlatformTicket(Platform platform, String ticket) {
		return this.cases.findNumberByPlatformTicket(platform, ticket.strip());
	}

	/**
	 * Registers a case a member of staff took; they become its owner.
	 * @return the case number
	 */
	@Transactional
	public String registerByStaff(IntakeForm form, PortalPrincipal staff) {
		Long unit = this.orgUnits.staff(staff.userId()).map((placement) -> placement.orgUnitId()).orElse(null);
		Actor clerk = actor(staff);
		return register(form, clerk, unit, clerk, null, null);
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
		withoutGrading(form);
		return register(form, null, servingUnit(form), actor(customer), null, null);
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
			withoutGrading(form);
			return register(form, null, servingUnit(form), actor(by), null, commitment);
		}
		Long unit = this.orgUnits.staff(by.userId()).map((placement) -> placement.orgUnitId()).orElse(null);
		Actor clerk = actor(by);
		return register(form, clerk, unit, clerk, null, commitment);
	}

	/**
	 * Registers a bill re-check request once: a second call with the same request id does
	 * nothing, also when it runs at the same moment in another transaction (it waits for
	 * the first one's claim on the request id, then finds it taken; no error). Recorded
	 * by a clerk or supervisor, the case is theirs; recorded by the customer, it waits
	 * for an owner in the team that receives online cases.
	 * @param requestedBy the sign-in name of whoever recorded the request
	 * @return the case number, or empty when the request already has its case
	 */
	@Transactional
	public Optional<String> registerRecheck(long requestId, IntakeForm form, String requestedBy) {
		if (this.cases.claimRecheck(requestId, this.clock.instant()) == 0) {
			return Optional.empty();
		}
		Optional<StaffPlacement> staff = this.orgUnits.staffByUsername(requestedBy)
			.filter((placement) -> placement.role() == Role.COUNTER || placement.role() == Role.SUPERVISOR);
		String workNumber = staff.map(StaffPlacement::workNumber).orElse(null);
		Actor by = new Actor(staff.map(StaffPlacement::id).orElse(null), requestedBy, requestedBy, workNumber);
		Long unit = staff.map(StaffPlacement::orgUnitId).orElse(null);
		return Optional.of(register(form, staff.isPresent() ? by : null, (unit != null) ? unit : onlineUnit(), by,
				requestId, null));
	}

	private String register(IntakeForm form, Actor owner, Long defaultUnit, Actor by, Long recheckRequestId,
			ServiceCommitment commitment) {
		CaseTime time = this.clocks.now();
		Long unit = (form.getResponsibleUnitId() != null) ? form.getResponsibleUnitId() : defaultUnit;
		long unitId = (unit != null) ? unit : onlineUnit();
		Long accountId = StringUtils.hasText(form.getAccountNumber())
				? this.accounts.ownedBy(form.getCustomerId(), form.getAccountNumber().strip().toUpperCase(Locale.ROOT))
					.id()
				: null;
		Optional<CaseRepository.CaseRef> earlier = (form.getCustomerId() != null) ? this.cases.findLatestOfCustomer(
				form.getCustomerId(), form.getSubject(), time.now().minus(this.repeatWindow)) : Optional.empty();
		Registration registration = new Registration("C" + String.format("%010d", this.cases.nextNumber()),
				form.getChannel(), form.getNature(), form.getSubject(), form.getUtility(), form.getCustomerId(),
				accountId, blankToNull(form.getContactName()), blankToNull(form.getContactPhone()),
				form.getOccurredAt().atZone(this.clock.getZone()).toInstant(), form.getPlace().strip(),
				form.getSummary().strip(), form.getDetails().strip(), blankToNull(form.getStaffWorkNumber()),
				form.getSeverity(), form.getImpact(), form.isSensitive(), form.getAmount(), owner, unitId,
				form.getResponsibleId(), this.calendars.idForOrgUnit(unitId),
				earlier.map(CaseRepository.CaseRef::id).orElse(null),
				earlier.map(CaseRepository.CaseRef::number).orElse(null), recheckRequestId,
				earlier.map(CaseRepository.CaseRef::resolvedBy).orElse(null), platformTicket(form));
		SlaPolicyView policy = this.policies.match(form.getNature(), form.getSubject(),
				form.getSeverity() * form.getImpact());
		ServiceCase c;
		try {
			c = this.cases.saveAndFlush(ServiceCase.register(registration, policy, commitment, by, time,
					this.settings.number(Setting.SAME_DAY_AMOUNT)));
		}
		catch (DataIntegrityViolationException ex) {
			if (registration.platformTicket() != null && String.valueOf(ex.getMessage()).contains("platform_ticket")) {
				throw new PlatformTicketTakenException(registration.platformTicket().platform(),
						registration.platformTicket().ticket(), ex);
			}
			throw ex;
		}
		this.events.publishEvent(new CaseRegistered(c.getNumber(), c.getSummary(), this.routing.handlers(c)));
		if (c.getTier() > 1) {
			this.events.publishEvent(new CaseEscalated(c.getNumber(), c.getRound(), c.getTier(), c.getSummary(),
					this.routing.recipients(c, c.getTier())));
		}
		return c.getNumber();
	}

	private PlatformTicket platformTicket(IntakeForm form) {
		if (form.getPlatform() == null) {
			return null;
		}
		Instant due = (form.getPlatformDueAt() != null)
				? form.getPlatformDueAt().atZone(this.clock.getZone()).toInstant() : null;
		return new PlatformTicket(form.getPlatform(), form.getPlatformTicket().strip(), due);
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

	/**
	 * What only staff decide (issue 13): the grade (severity, impact, sensitive), the
	 * amount involved (it can force a same-day escalation), who handles the case and the
	 * government platform ticket it answers (issue 14). A customer's values are dropped;
	 * staff regrade the case when they take it.
	 */
	private static void withoutGrading(IntakeForm form) {
		form.setSeverity(1);
		form.setImpact(1);
		form.setSensitive(false);
		form.setAmount(null);
		form.setResponsibleId(null);
		form.setResponsibleUnitId(null);
		form.setPlatform(null);
	}

	/** The person as the history keeps them (staff with their user account id). */
	static Actor actor(PortalPrincipal principal) {
		return new Actor((principal.role() == Role.CUSTOMER) ? null : principal.userId(), principal.username(),
				principal.displayName(), principal.workNumber().orElse(null));
	}

	private static String blankToNull(String text) {
		return StringUtils.hasText(text) ? text.strip() : null;
	}

}
