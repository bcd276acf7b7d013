package org.utilityportal.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.utilityportal.calendar.WorkingCalendarChanged;
import org.utilityportal.casework.internal.CaseClocks;
import org.utilityportal.casework.internal.CaseRepository;
import org.utilityportal.casework.internal.CaseTime;
import org.utilityportal.casework.internal.ServiceCase;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.shared.events.BillRecheckRequested;

/**
 * What casework does when other modules report something: a bill re-check request becomes
 * a case (once per request id, even when the event is delivered again; recorded by staff
 * it came over the counter, otherwise online), and a calendar change recomputes the
 * deadlines of the running cases that count on it.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class CaseListeners {

	private final CaseIntake intake;

	private final ServiceAccounts accounts;

	private final CaseRepository cases;

	private final CaseClocks clocks;

	private final OrgUnits orgUnits;

	private final Clock clock;

	@ApplicationModuleListener
	void on(BillRecheckRequested event) {
		ServiceAccountView account = this.accounts.view(event.accountId());
		IntakeForm form = new IntakeForm();
		boolean byStaff = this.orgUnits.staffByUsername(event.requestedBy()).isPresent();
		form.setChannel(byStaff ? Channel.COUNTER : Channel.WEB);
		form.setNature(event.complaint() ? Nature.COMPLAINT : Nature.BILL_RECHECK);
		form.setSubject(Subject.BILLING);
		form.setUtility(account.utility());
		form.setCustomerId(event.customerId());
		form.setAccountNumber(account.accountNumber());
		form.setOccurredAt(LocalDateTime.ofInstant(event.requestedAt(), this.clock.getZone()));
		form.setPlace(account.accountNumber());
		String summary = (event.complaint() ? "账单投诉 / Complaint about bill " : "电费复核 / Bill re-check ")
				+ event.billNumber();
		form.setSummary(summary.substring(0, Math.min(200, summary.length())));
		String reason = (event.reason() != null && !event.reason().isBlank()) ? event.reason() : event.billNumber();
		form.setDetails(reason.substring(0, Math.min(4000, reason.length())));
		this.intake.registerRecheck(event.requestId(), form, event.requestedBy())
			.ifPresent((number) -> log.info("Bill re-check request {} became case {}", event.requestId(), number));
	}

	@ApplicationModuleListener
	void on(WorkingCalendarChanged event) {
		CaseTime time = this.clocks.now();
		List<ServiceCase> running = this.cases.findCountingOn(event.calendarId(), EnumSet.of(CaseStatus.REGISTERED,
				CaseStatus.IN_PROGRESS, CaseStatus.WAITING_CUSTOMER, CaseStatus.RESOLVED));
		running.forEach((c) -> c.recountClocks(time));
		this.cases.flush();
		log.info("Calendar {} changed: deadlines of {} cases recomputed", event.calendarId(), running.size());
	}

}
