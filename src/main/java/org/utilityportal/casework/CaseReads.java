package org.utilityportal.casework;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.audit.AccessLog;
import org.utilityportal.casework.internal.CaseClocks;
import org.utilityportal.casework.internal.CaseQueries;
import org.utilityportal.casework.internal.ServiceCase;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.identity.StaffDirectory;
import org.utilityportal.identity.StaffMember;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;

/**
 * Reads cases. A member of staff opening a case that names a customer is written to the
 * access log ("case &lt;number&gt;"); customers read only their own cases and see only
 * the entries of the history meant for them. One case is read through its aggregate (the
 * case, then its history, pauses, escalations and visits in one statement each); lists
 * are projections ({@code CaseQueries}).
 */
@Service
@RequiredArgsConstructor
public class CaseReads {

	private final CaseWork work;

	private final CaseClocks clocks;

	private final CaseQueries queries;

	private final ServiceAccounts accounts;

	private final StaffDirectory staff;

	private final OrgUnits orgUnits;

	private final AccessLog accessLog;

	private final Clock clock;

	/**
	 * One case for the signed-in person.
	 * @throws org.utilityportal.shared.web.NotFoundException for a customer's request of
	 * someone else's case
	 */
	@Transactional
	public CaseView view(String number, PortalPrincipal principal, AccessChannel channel) {
		ServiceCase c = this.work.find(number, principal);
		boolean customer = principal.role() == Role.CUSTOMER;
		if (!customer && c.getCustomerId() != null) {
			this.accessLog.record(principal, AccessAction.VIEW, channel, c.getCustomerId(), null, "case " + number);
		}
		Map<Long, StaffMember> people = this.staff
			.byIds(Stream.of(c.getOwnerId(), c.getResponsibleId()).filter(Objects::nonNull).toList());
		StaffMember owner = (c.getOwnerId() != null) ? people.get(c.getOwnerId()) : null;
		StaffMember responsible = (c.getResponsibleId() != null) ? people.get(c.getResponsibleId()) : null;
		OrgUnit unit = this.orgUnits.byId().get(c.getResponsibleUnitId());
		String accountNumber = (c.getAccountId() != null) ? this.accounts.view(c.getAccountId()).accountNumber() : null;
		return new CaseView(c.getId(), c.getNumber(), c.getChannel(), c.getNature(), c.getSubject(), c.getUtility(),
				c.getCustomerId(), accountNumber, c.getContactName(), c.getContactPhone(), c.getOccurredAt(),
				c.getPlace(), c.getSummary(), c.getDetails(), customer ? null : c.getStaffWorkNumber(), c.getSeverity(),
				c.getImpact(), c.isSensitive(), c.getAmount(), (owner != null) ? owner.name() : null,
				c.getOwnerWorkNumber(), c.getResponsibleUnitId(), (unit != null) ? unit.nameZh() : null,
				c.getResponsibleId(), (responsible != null) ? responsible.name() : null, c.getStatus(), c.getTier(),
				c.getRound(), c.getRegisteredAt(), c.getFirstRepliedAt(), c.getResolvedAt(), c.getClosedAt(),
				c.getDueAt(), c.isFirstReplyLate(), c.isResolutionLate(), c.getFinalReply(),
				customer ? null : this.queries.numberOf(c.getRepeatOfId()), history(c, customer),
				customer ? List.of() : this.clocks.explain(c), customer ? List.of() : escalations(c), visits(c),
				c.getVersion(), customer ? null : platform(c));
	}

	private static List<CaseEvent> history(ServiceCase c, boolean visibleOnly) {
		return c.getHistory()
			.stream()
			.filter((entry) -> entry.isVisible() || !visibleOnly)
			.map((entry) -> new CaseEvent(entry.getId(), entry.getOccurredAt(), entry.getKind(),
					entry.getActorUsername(), entry.getActorName(), entry.getActorWorkNumber(), entry.isVisible(),
					entry.getDetail(), entry.getText()))
			.toList();
	}

	private static List<CaseView.Escalation> escalations(ServiceCase c) {
		return c.getEscalations()
			.stream()
			.map((e) -> new CaseView.Escalation(e.getTier(), e.getRound(), e.getReason(), e.getEscalatedAt(),
					e.getEscalatedBy()))
			.toList();
	}

	private static CaseView.PlatformCase platform(ServiceCase c) {
		if (c.getPlatformTicket() == null) {
			return null;
		}
		return new CaseView.PlatformCase(c.getPlatformTicket().platform(), c.getPlatformTicket().ticket(),
				c.getPlatformTicket().dueAt(),
				c.getPlatformReplies()
					.stream()
					.map((r) -> new CaseView.PlatformReplyView(r.getRepliedAt(), r.getText(), r.getRepliedByName(),
							r.getRepliedByWorkNumber()))
					.toList());
	}

	private static List<CaseView.Visit> visits(ServiceCase c) {
		return c.getVisits()
			.stream()
			.map((v) -> new CaseView.Visit(v.getMethod(), v.getAttitude(), v.getSpeed(), v.getResult(), v.getOverall(),
					v.getRemark(), v.getVisitedAt(), v.getRecordedBy()))
			.toList();
	}

	/** A customer's own cases, newest first. */
	@Transactional(readOnly = true)
	public List<CaseRow> ofCustomer(long customerId) {
		return this.queries.ofCustomer(customerId, 200);
	}

	/** Open cases a member of staff owns or handles, nearest deadline first. */
	@Transactional(readOnly = true)
	public List<CaseRow> mine(long userId) {
		return this.queries.ofStaff(userId, 200);
	}

	/** Open cases raised online that wait for an owner, oldest first. */
	@Transactional(readOnly = true)
	public List<CaseRow> unowned() {
		return this.queries.unowned(200);
	}

	/** Open cases of a team, nearest deadline first. */
	@Transactional(readOnly = true)
	public List<CaseRow> ofUnit(long unitId) {
		return this.queries.ofUnit(unitId, 200);
	}

	/** One page of a supervisor's list. */
	@Transactional(readOnly = true)
	public List<CaseRow> find(CaseFilter filter, int page, int pageSize) {
		return this.queries.find(filter, this.clock.instant(), this.clock.getZone(), page * pageSize, pageSize);
	}

	/** Every case of a supervisor's list, one at a time. */
	@Transactional(readOnly = true)
	public void forEach(CaseFilter filter, Consumer<CaseRow> consumer) {
		this.queries.stream(filter, this.clock.instant(), this.clock.getZone(), consumer);
	}

	/**
	 * Every case of a supervisor's list for a CSV export: one export record in the access
	 * log naming the filter, then the cases one at a time.
	 */
	@Transactional
	public void export(CaseFilter filter, PortalPrincipal staff, Consumer<CaseRow> consumer) {
		this.accessLog.record(staff, AccessAction.EXPORT, AccessChannel.WEB, null, null, "cases " + filter);
		this.queries.stream(filter, this.clock.instant(), this.clock.getZone(), consumer);
	}

}
