package org.utilityportal.casework;

import java.time.Instant;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.utilityportal.casework.internal.CaseClocks;
import org.utilityportal.casework.internal.CaseRepository;
import org.utilityportal.casework.internal.CaseRouting;
import org.utilityportal.casework.internal.Assignees;
import org.utilityportal.casework.internal.ReturnVisit;
import org.utilityportal.casework.internal.ReturnVisitRule;
import org.utilityportal.casework.internal.ServiceCase;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.identity.StaffPlacement;
import org.utilityportal.shared.domain.FourEyesRefusal;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.events.BillRecheckStatusChanged;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Everything that happens to a case after intake. Each action loads the case with its row
 * locked, names the version the person saw and is refused ({@link StaleEditException})
 * when the case changed since or the action does not fit its status; the case itself
 * checks the transition, writes its history and moves its clocks. The people concerned
 * learn of it through the events published after the save ({@link CaseAssigned},
 * {@link CaseFirstReplied}, {@link CaseResolved}, ...). Customers reach only their own
 * cases: anything else is "not found".
 */
@Service
@RequiredArgsConstructor
public class CaseWork {

	private final CaseRepository cases;

	private final CaseClocks clocks;

	private final CaseRouting routing;

	private final CaseRegrading regrading;

	private final OrgUnits orgUnits;

	private final ReturnVisitRule returnVisits;

	private final Assignees assignees;

	private final ApplicationEventPublisher events;

	/** The member of staff becomes the owner of an unowned (online) case. */
	@Transactional
	public void takeOwnership(String number, long version, PortalPrincipal staff) {
		ServiceCase c = load(number, version, staff);
		c.takeOwnership(CaseIntake.actor(staff), this.clocks.now());
		this.cases.saveChanges(c);
	}

	/** The first reply to the customer; the case is then in progress. */
	@Transactional
	public void firstReply(String number, long version, String text, PortalPrincipal staff) {
		ServiceCase c = load(number, version, staff);
		c.firstReply(text, CaseIntake.actor(staff), this.clocks.now());
		this.cases.saveChanges(c);
		this.events.publishEvent(new CaseFirstReplied(c.getNumber(), c.getVersion(), c.getSummary(), customerLogin(c)));
	}

	/**
	 * Hands the substance to a team and optionally a person (assignment or transfer); the
	 * person is active staff of the team or a team below it ({@link #checkAssignee}).
	 */
	@Transactional
	public void assign(String number, long version, long unitId, Long personId, PortalPrincipal staff) {
		ServiceCase c = load(number, version, staff);
		OrgUnit unit = Optional.ofNullable(this.orgUnits.byId().get(unitId))
			.orElseThrow(() -> new NotFoundException("Organisation unit"));
		if (personId != null && !this.assignees.isStaffOf(unitId, personId)) {
			throw new NotFoundException("Staff member of the unit");
		}
		String person = (personId != null) ? this.orgUnits.staff(personId)
			.map(StaffPlacement::name)
			.orElseThrow(() -> new NotFoundException("Staff member")) : null;
		c.assign(unitId, personId, unit.nameZh() + ((person != null) ? " / " + person : ""), CaseIntake.actor(staff),
				this.clocks.now());
		this.cases.saveChanges(c);
		this.events
			.publishEvent(new CaseAssigned(c.getNumber(), c.getVersion(), c.getSummary(), this.routing.handlers(c)));
	}

	/** An internal note. */
	@Transactional
	public void note(String number, long version, String text, PortalPrincipal staff) {
		ServiceCase c = load(number, version, staff);
		c.note(text, CaseIntake.actor(staff), this.clocks.now());
		this.cases.saveChanges(c);
	}

	/**
	 * Asks the customer for something; the clocks stop until they answer or staff resume.
	 */
	@Transactional
	public void waitForCustomer(String number, long version, String text, PortalPrincipal staff) {
		ServiceCase c = load(number, version, staff);
		c.waitForCustomer(text, CaseIntake.actor(staff), this.clocks.now());
		this.cases.saveChanges(c);
		this.events
			.publishEvent(new CaseWaitingForCustomer(c.getNumber(), c.getVersion(), c.getSummary(), customerLogin(c)));
	}

	/** Starts the clocks again without an answer from the customer. */
	@Transactional
	public void resume(String number, long version, PortalPrincipal staff) {
		ServiceCase c = load(number, version, staff);
		c.resume(CaseIntake.actor(staff), this.clocks.now());
		this.cases.saveChanges(c);
	}

	/**
	 * The customer adds information (or staff add a comment through the API); a case
	 * waiting for the customer resumes, and its handlers are told.
	 */
	@Transactional
	public void addInformation(String number, String text, PortalPrincipal principal) {
		ServiceCase c = locked(number, principal);
		boolean customer = principal.role() == Role.CUSTOMER;
		c.addInformation(text, CaseIntake.actor(principal), customer, this.clocks.now());
		this.cases.saveChanges(c);
		if (customer) {
			this.events.publishEvent(
					new CaseInformationAdded(c.getNumber(), c.getVersion(), c.getSummary(), this.routing.handlers(c)));
		}
	}

	/**
	 * The final reply: only the owner (first-contact responsibility) or a supervisor
	 * gives it; the case then waits for its return visit.
	 */
	@Transactional
	public void resolve(String number, long version, String reply, PortalPrincipal staff) {
		ServiceCase c = load(number, version, staff);
		boolean owner = c.getOwnerId() != null && c.getOwnerId() == staff.userId();
		if (!owner && staff.role() != Role.SUPERVISOR) {
			throw new AccessDeniedException("Only the owner gives the final reply");
		}
		c.resolve(reply, CaseIntake.actor(staff), this.clocks.now());
		this.cases.saveChanges(c);
		this.events.publishEvent(new CaseResolved(c.getNumber(), c.getVersion(), c.getSummary(), customerLogin(c)));
		billDispute(c, false, this.clocks.now().now());
	}

	/**
	 * The return visit: the customer's online rating or a phone visit recorded by staff
	 * other than the case's owner and resolver (by default the quality team, see
	 * {@link ReturnVisitRule}; refused with {@link FourEyesRefusal}). An overall rating
	 * of 1 or 2 reopens the case at tier 2 (at least) with a new resolution clock;
	 * otherwise the case is closed.
	 * @return whether the case was reopened
	 */
	@Transactional
	public boolean recordVisit(String number, VisitForm form, PortalPrincipal principal) {
		ServiceCase c = load(number, form.getVersion(), principal);
		if (principal.role() != Role.CUSTOMER) {
			this.returnVisits.refusal(c, principal).ifPresent((key) -> {
				throw new FourEyesRefusal(key);
			});
		}
		VisitMethod method = (principal.role() == Role.CUSTOMER) ? VisitMethod.ONLINE : VisitMethod.PHONE;
		boolean reopened = c.recordVisit(method,
				new ReturnVisit.Ratings(form.getAttitude(), form.getSpeed(), form.getResult(), form.getOverall()),
				form.getRemark(), CaseIntake.actor(principal), this.clocks.now());
		this.cases.saveChanges(c);
		if (reopened) {
			publishEscalated(c);
			billDispute(c, true, this.clocks.now().now());
		}
		return reopened;
	}

	/**
	 * Rejects the field when the person is not active staff (clerk or supervisor) of the
	 * unit or a unit below it.
	 */
	public void checkAssignee(Long unitId, Long personId, Errors errors, String field) {
		if (unitId != null && personId != null && !this.assignees.isStaffOf(unitId, personId)) {
			errors.rejectValue(field, "case.validation.assigneeNotInUnit");
		}
	}

	/**
	 * Why this member of staff may not record the case's return visit (a message key), or
	 * {@code null} when they may.
	 */
	@Transactional(readOnly = true)
	public String visitRefusal(String number, PortalPrincipal staff) {
		ServiceCase c = visible(this.cases.findByNumber(number), staff);
		return this.returnVisits.refusal(c, staff).orElse(null);
	}

	/** Tells billing a case about a bill was resolved or reopened. */
	private void billDispute(ServiceCase c, boolean open, Instant at) {
		if (c.getRecheckRequestId() != null) {
			this.events.publishEvent(new BillRecheckStatusChanged(c.getRecheckRequestId(), open, at));
		}
	}

	/** A supervisor chases (催办) the people handling a case. */
	@Transactional
	public void chase(String number, String text, PortalPrincipal supervisor) {
		ServiceCase c = locked(number, supervisor);
		c.chase(text, CaseIntake.actor(supervisor), this.clocks.now());
		this.cases.saveChanges(c);
		this.events.publishEvent(new CaseChased(c.getNumber(), c.getVersion(), c.getSummary(), supervisor.displayName(),
				this.routing.handlers(c)));
	}

	/** A supervisor raises a case one tier by hand. */
	@Transactional
	public void escalateByHand(String number, long version, String text, PortalPrincipal supervisor) {
		ServiceCase c = load(number, version, supervisor);
		c.escalateByHand(text, CaseIntake.actor(supervisor), this.clocks.now());
		this.cases.saveChanges(c);
		publishEscalated(c);
	}

	/**
	 * Records a reply sent back to the platform the case came from (text, time, who), for
	 * the platform's export.
	 */
	@Transactional
	public void replyToPlatform(String number, long version, String text, PortalPrincipal staff) {
		ServiceCase c = load(number, version, staff);
		c.replyToPlatform(text, CaseIntake.actor(staff), this.clocks.now());
		this.cases.saveChanges(c);
	}

	/**
	 * Carries out an action from a case page or the API.
	 * @throws StaleEditException when the case changed since the form was opened, or the
	 * action does not fit its status
	 */
	@Transactional
	public void act(String number, ActionForm form, PortalPrincipal staff) {
		String text = form.getText();
		switch (form.getAction()) {
			case TAKE -> takeOwnership(number, form.getVersion(), staff);
			case FIRST_REPLY -> firstReply(number, form.getVersion(), text, staff);
			case ASSIGN -> assign(number, form.getVersion(), form.getUnitId(), form.getPersonId(), staff);
			case REGRADE ->
				this.regrading.regrade(number, form.getVersion(), form.getSeverity(), form.getImpact(), text, staff);
			case NOTE -> note(number, form.getVersion(), text, staff);
			case WAIT -> waitForCustomer(number, form.getVersion(), text, staff);
			case RESUME -> resume(number, form.getVersion(), staff);
			case RESOLVE -> resolve(number, form.getVersion(), text, staff);
			case CHASE -> requireSupervisor(staff, () -> chase(number, text, staff));
			case ESCALATE -> requireSupervisor(staff, () -> escalateByHand(number, form.getVersion(), text, staff));
			case PLATFORM_REPLY -> replyToPlatform(number, form.getVersion(), text, staff);
		}
	}

	/** A case as the person may see it (not locked): customers only their own. */
	ServiceCase find(String number, PortalPrincipal principal) {
		return visible(this.cases.findByNumber(number), principal);
	}

	private ServiceCase locked(String number, PortalPrincipal principal) {
		return visible(this.cases.findForUpdate(number), principal);
	}

	private ServiceCase load(String number, long version, PortalPrincipal principal) {
		ServiceCase c = locked(number, principal);
		if (c.getVersion() != version) {
			throw new StaleEditException("Case " + number);
		}
		return c;
	}

	private static ServiceCase visible(Optional<ServiceCase> found, PortalPrincipal principal) {
		ServiceCase c = found.orElseThrow(() -> new NotFoundException("Case"));
		if (principal.role() == Role.CUSTOMER
				&& (c.getCustomerId() == null || c.getCustomerId() != principal.requireCustomerId())) {
			throw new NotFoundException("Case");
		}
		return c;
	}

	private void publishEscalated(ServiceCase c) {
		this.events.publishEvent(new CaseEscalated(c.getNumber(), c.getRound(), c.getTier(), c.getSummary(),
				this.routing.recipients(c, c.getTier())));
	}

	private Long customerLogin(ServiceCase c) {
		return Optional.ofNullable(c.getCustomerId()).flatMap(this.orgUnits::loginOfCustomer).orElse(null);
	}

	private static void requireSupervisor(PortalPrincipal staff, Runnable action) {
		if (staff.role() != Role.SUPERVISOR) {
			throw new AccessDeniedException("Supervisors only");
		}
		action.run();
	}

}
