package org.utilityportal.billing;

import java.time.Clock;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.billing.internal.RecheckWriter;
import org.utilityportal.shared.events.BillRecheckRequested;
import org.utilityportal.shared.events.BillRecheckStatusChanged;

/**
 * A customer's request to check a bill again (电费复核). It is saved with the bill and
 * published as {@link BillRecheckRequested} in the same transaction; the complaints
 * module turns it into a tracked case with a clock.
 */
@Service
@RequiredArgsConstructor
public class Rechecks {

	private final Bills bills;

	private final RecheckWriter writer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** The case about a re-check or complaint was resolved or reopened. */
	@ApplicationModuleListener
	void on(BillRecheckStatusChanged event) {
		this.writer.close(event.requestId(), event.open() ? null : event.at());
	}

	/** Records a re-check of the customer's own bill. */
	@Transactional
	public void request(long customerId, String billNumber, String reason, String by) {
		request(customerId, billNumber, reason, by, false);
	}

	/**
	 * Records a re-check of, or a complaint about, the customer's own bill. Until the
	 * case about it is resolved, no reminder, late-payment charge or legal step is raised
	 * on the bill.
	 */
	@Transactional
	public void request(long customerId, String billNumber, String reason, String by, boolean complaint) {
		BillView bill = this.bills.forCustomer(customerId, billNumber).bill();
		var now = this.clock.instant();
		long id = this.writer.write(bill.id(), customerId, bill.accountId(), reason.strip(), by, now, complaint);
		this.events.publishEvent(new BillRecheckRequested(id, customerId, bill.accountId(), billNumber, reason.strip(),
				by, now, complaint));
	}

}
