package org.utilityportal.casework;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.utilityportal.calendar.WorkingCalendar;
import org.utilityportal.calendar.WorkingCalendarChanged;
import org.utilityportal.casework.internal.CaseClocks;
import org.utilityportal.casework.internal.CaseRepository;
import org.utilityportal.casework.internal.ServiceCase;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.events.BillRecheckRequested;

/**
 * What casework does when other modules report something: a bill re-check request becomes
 * a case (once per request id, even when the event is delivered again), and a calendar
 * change recomputes the deadlines of the open cases that count on it.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class CaseListeners {

	private final CaseIntake intake;

	private final ServiceAccounts accounts;

	private final CaseRepository cases;

	private final CaseClocks clocks;

	private final JdbcClient jdbc;

	private final Clock clock;

	@ApplicationModuleListener
	void on(BillRecheckRequested event) {
		ServiceAccountView account = this.accounts.view(event.accountId());
		IntakeForm form = new IntakeForm();
		boolean byCustomer = this.jdbc.sql("select count(*) from user_account where username = ? and role = 'CUSTOMER'")
			.param(event.requestedBy())
			.query(Long.class)
			.single() > 0;
		form.setChannel(byCustomer ? Channel.WEB : Channel.COUNTER);
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
		List<Long> ids = this.jdbc
			.sql("select id from service_case where calendar_id = ? and not all_hours "
					+ "and status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'RESOLVED')")
			.param(event.calendarId())
			.query(Long.class)
			.list();
		Map<Long, WorkingCalendar> calendars = new HashMap<>();
		for (Long id : ids) {
			ServiceCase c = this.cases.findById(id).orElseThrow();
			this.clocks.refresh(c, calendars);
		}
		this.cases.flush();
		log.info("Calendar {} changed: deadlines of {} cases recomputed", event.calendarId(), ids.size());
	}

}
