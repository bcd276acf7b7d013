package org.utilityportal.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.casework.internal.CaseClocks;
import org.utilityportal.casework.internal.CaseEscalator;
import org.utilityportal.casework.internal.CaseHistory;
import org.utilityportal.casework.internal.CaseRepository;
import org.utilityportal.casework.internal.CaseRouting;
import org.utilityportal.casework.internal.ServiceCase;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.notification.Notifications;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.events.BillRecheckStatusChanged;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Everything that happens to a case after intake. Each action names the version the
 * person saw and is refused ({@link StaleEditException}) when the case changed since;
 * each is written to the append-only history, moves the clocks, and notifies the people
 * concerned. Customers reach only their own cases: anything else is "not found".
 */
@Service
@RequiredArgsConstructor
public class CaseWork {

	private final CaseRepository cases;

	private final CaseClocks clocks;

	private final CaseHistory history;

	private final CaseEscalator escalator;

	private final CaseRouting routing;

	private final CaseRegrading regrading;

	private final Notifications notifications;

	private final OrgUnits orgUnits;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** The member of staff becomes the owner of an unowned (online) case. */
	@Transactional
	public void takeOwnership(String number, long version, PortalPrincipal staff) {
		ServiceCase c = load(number, version, staff);
		if (c.getOwnerId() != null || !c.getStatus().isOpen()) {
			throw new StaleEditException("Case " + number);
		}
		own(c, staff);
		save(c);
	}

	/** The first reply to the customer; the case is then in progress. */
	@Transactional
	public void firstReply(String number, long version, String text, PortalPrincipal staff) {
		ServiceCase c = load(number, version, staff);
		requireStatus(c, CaseStatus.REGISTERED);
		if (c.getOwnerId() == null) {
			own(c, staff);
		}
		markReplied(c);
		c.setStatus(CaseStatus.IN_PROGRESS);
		record(c, EventKind.FIRST_REPLY, staff, true, null, text);
		notifyCustomer(c, "case.notice.replied");
		save(c);
	}

	/** Hands the substance to a team and optionally a person (assignment or transfer). */
	@Transactional
	public void assign(String number, long version, long unitId, Long personId, PortalPrincipal staff) {
		ServiceCase c = load(number, version, staff);
		requireOpen(c);
		if (personId != null && this.orgUnits.staff(personId).isEmpty()) {
			throw new NotFoundException("Staff member");
		}
		String unitName = this.orgUnits.byId().get(unitId).nameZh();
		String person = (personId != null) ? this.orgUnits.staff(personId).get().name() : null;
		c.setResponsibleUnitId(unitId);
		c.setResponsibleId(personId);
		record(c, EventKind.ASSIGNED, staff, false, unitName + ((person != null) ? " / " + person : ""), null);
		this.notifications.send(this.routing.handlers(c), "case.notice.assigned",
				List.of(c.getNumber(), c.getSummary()), link(c), null);
		save(c);
	}

	/** An internal note. */
	@Transactional
	public void note(String number, long version, String text, PortalPrincipal staff) {
		ServiceCase c = load(number, version, staff);
		record(c, EventKind.NOTE, staff, false, null, text);
		save(c);
	}

	/**
	 * Asks the customer for something; the clocks stop until they answer or staff resume.
	 */
	@Transactional
	public void waitForCustomer(String number, long version, String text, PortalPrincipal staff) {
		ServiceCase c = load(number, version, staff);
		requireStatus(c, CaseStatus.REGISTERED, CaseStatus.IN_PROGRESS);
		if (c.getFirstRepliedAt() == null) {
			markReplied(c);
		}
		this.jdbc.sql("insert into case_pause (case_id, paused_at) values (?, ?)")
			.params(c.getId(), utc(now()))
			.update();
		c.setStatus(CaseStatus.WAITING_CUSTOMER);
		record(c, EventKind.WAITING, staff, true, null, text);
		notifyCustomer(c, "case.notice.waiting");
		save(c);
	}

	/** Starts the clocks again without an answer from the customer. */
	@Transactional
	public void resume(String number, long version, PortalPrincipal staff) {
		ServiceCase c = load(number, version, staff);
		requireStatus(c, CaseStatus.WAITING_CUSTOMER);
		endPause(c);
		record(c, EventKind.RESUMED, staff, true, null, null);
		save(c);
	}

	/**
	 * The customer adds information (or staff add a comment through the API); a case
	 * waiting for the customer resumes.
	 */
	@Transactional
	public void addInformation(String number, String text, PortalPrincipal principal) {
		ServiceCase c = find(number, principal);
		if (c.getStatus() == CaseStatus.CLOSED) {
			throw new StaleEditException("Case " + number);
		}
		boolean customer = principal.role() == Role.CUSTOMER;
		record(c, customer ? EventKind.CUSTOMER_INFO : EventKind.COMMENT, principal, customer, null, text);
		if (customer && c.getStatus() == CaseStatus.WAITING_CUSTOMER) {
			endPause(c);
			record(c, EventKind.RESUMED, principal, true, null, null);
		}
		if (customer) {
			this.notifications.send(this.routing.handlers(c), "case.notice.customerInfo",
					List.of(c.getNumber(), c.getSummary()), link(c), null);
		}
		save(c);
	}

	/**
	 * The final reply: only the owner (first-contact responsibility) or a supervisor
	 * gives it; the case then waits for its return visit.
	 */
	@Transactional
	public void resolve(String number, long version, String reply, PortalPrincipal staff) {
		ServiceCase c = load(number, version, staff);
		requireOpen(c);
		boolean owner = c.getOwnerId() != null && c.getOwnerId() == staff.userId();
		if (!owner && staff.role() != Role.SUPERVISOR) {
			throw new AccessDeniedException("Only the owner gives the final reply");
		}
		if (c.getOwnerId() == null) {
			own(c, staff);
		}
		if (c.getStatus() == CaseStatus.WAITING_CUSTOMER) {
			endPause(c);
		}
		Instant now = now();
		if (c.getFirstRepliedAt() == null) {
			markReplied(c);
		}
		// Late even if the scan has not looked yet: the deadline is what counts.
		if (c.getResolutionDueAt() != null && now.isAfter(c.getResolutionDueAt())) {
			c.setResolutionLate(true);
		}
		c.setResolvedAt(now);
		c.setFinalReply(reply.strip());
		c.setStatus(CaseStatus.RESOLVED);
		record(c, EventKind.RESOLVED, staff, true, null, reply);
		notifyCustomer(c, "case.notice.resolved");
		save(c);
		billDispute(c, false, now);
	}

	/**
	 * The return visit: the customer's online rating or a phone visit recorded by staff.
	 * An overall rating of 1 or 2 reopens the case at tier 2 (at least) with a new
	 * resolution clock; otherwise the case is closed.
	 * @return whether the case was reopened
	 */
	@Transactional
	public boolean recordVisit(String number, VisitForm form, PortalPrincipal principal) {
		ServiceCase c = load(number, form.getVersion(), principal);
		requireStatus(c, CaseStatus.RESOLVED);
		VisitMethod method = (principal.role() == Role.CUSTOMER) ? VisitMethod.ONLINE : VisitMethod.PHONE;
		Instant now = now();
		this.jdbc.sql("""
				insert into return_visit (case_id, round, method, attitude, speed, result, overall, remark,
				    visited_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(c.getId(), c.getRound(), method.name(), form.getAttitude(), form.getSpeed(), form.getResult(),
					form.getOverall(), form.getRemark(), utc(now), principal.username())
			.update();
		record(c, EventKind.VISITED, principal, true, method.name() + ":" + form.getOverall(), form.getRemark());
		boolean reopen = form.getOverall() <= 2;
		if (reopen) {
			c.setRound(c.getRound() + 1);
			c.setStatus(CaseStatus.IN_PROGRESS);
			c.setResolvedAt(null);
			c.setFinalReply(null);
			c.setResolutionStartedAt(now);
			c.setResolutionLate(false);
			c.setReturnVisitLate(false);
			c.setWarnedDueAt(null);
			record(c, EventKind.REOPENED, principal, true, null, null);
			billDispute(c, true, now);
			this.escalator.escalate(c, Math.max(2, c.getTier()), EscalationReason.REOPENED, now,
					CaseIntake.actor(principal), form.getRemark());
		}
		else {
			c.setStatus(CaseStatus.CLOSED);
			c.setClosedAt(now);
			record(c, EventKind.CLOSED, principal, true, null, null);
		}
		save(c);
		return reopen;
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
		ServiceCase c = find(number, supervisor);
		requireOpen(c);
		record(c, EventKind.CHASED, supervisor, false, null, text);
		this.notifications.send(this.routing.handlers(c), "case.notice.chased",
				List.of(c.getNumber(), supervisor.displayName(), c.getSummary()), link(c), null);
		save(c);
	}

	/** A supervisor raises a case one tier by hand. */
	@Transactional
	public void escalateByHand(String number, long version, String text, PortalPrincipal supervisor) {
		ServiceCase c = load(number, version, supervisor);
		requireOpen(c);
		if (c.getTier() >= 4 || !this.escalator.escalate(c, c.getTier() + 1, EscalationReason.MANUAL, now(),
				CaseIntake.actor(supervisor), text)) {
			throw new StaleEditException("Case " + number);
		}
		save(c);
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
		}
	}

	private static void requireSupervisor(PortalPrincipal staff, Runnable action) {
		if (staff.role() != Role.SUPERVISOR) {
			throw new AccessDeniedException("Supervisors only");
		}
		action.run();
	}

	ServiceCase find(String number, PortalPrincipal principal) {
		ServiceCase c = this.cases.findByNumber(number).orElseThrow(() -> new NotFoundException("Case"));
		if (principal.role() == Role.CUSTOMER
				&& (c.getCustomerId() == null || c.getCustomerId() != principal.requireCustomerId())) {
			throw new NotFoundException("Case");
		}
		return c;
	}

	private ServiceCase load(String number, long version, PortalPrincipal principal) {
		ServiceCase c = find(number, principal);
		if (c.getVersion() != version) {
			throw new StaleEditException("Case " + number);
		}
		return c;
	}

	private void own(ServiceCase c, PortalPrincipal staff) {
		c.setOwnerId(staff.userId());
		c.setOwnerWorkNumber(staff.workNumber().orElse(null));
		record(c, EventKind.OWNER_TAKEN, staff, true, staff.workNumber().orElse(null), null);
	}

	private void markReplied(ServiceCase c) {
		Instant now = now();
		c.setFirstRepliedAt(now);
		if (c.getFirstReplyDueAt() != null && now.isAfter(c.getFirstReplyDueAt())) {
			c.setFirstReplyLate(true);
		}
	}

	private void endPause(ServiceCase c) {
		this.jdbc.sql("update case_pause set resumed_at = ? where case_id = ? and resumed_at is null")
			.params(utc(now()), c.getId())
			.update();
		c.setStatus((c.getFirstRepliedAt() != null) ? CaseStatus.IN_PROGRESS : CaseStatus.REGISTERED);
	}

	private void save(ServiceCase c) {
		this.clocks.refresh(c, new HashMap<>());
		this.cases.saveAndFlush(c);
	}

	private void record(ServiceCase c, EventKind kind, PortalPrincipal actor, boolean visible, String detail,
			String text) {
		this.history.record(c.getId(), now(), kind, CaseIntake.actor(actor), visible, detail,
				(text != null) ? text.strip() : null);
	}

	private void notifyCustomer(ServiceCase c, String key) {
		if (c.getCustomerId() != null) {
			this.orgUnits.loginOfCustomer(c.getCustomerId())
				.ifPresent((login) -> this.notifications.send(Set.of(login), key,
						List.of(c.getNumber(), c.getSummary()), link(c), null));
		}
	}

	private static void requireOpen(ServiceCase c) {
		if (!c.getStatus().isOpen()) {
			throw new StaleEditException("Case " + c.getNumber());
		}
	}

	private static void requireStatus(ServiceCase c, CaseStatus... allowed) {
		if (!List.of(allowed).contains(c.getStatus())) {
			throw new StaleEditException("Case " + c.getNumber());
		}
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static String link(ServiceCase c) {
		return "/cases/" + c.getNumber();
	}

}
