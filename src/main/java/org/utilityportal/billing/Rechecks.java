package org.utilityportal.billing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.shared.events.BillRecheckRequested;

/**
 * A customer's request to check a bill again (电费复核). It is saved with the bill and
 * published as {@link BillRecheckRequested} in the same transaction; the complaints
 * module turns it into a tracked case with a clock.
 */
@Service
@RequiredArgsConstructor
public class Rechecks {

	private final Bills bills;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Records a re-check of the customer's own bill. */
	@Transactional
	public void request(long customerId, String billNumber, String reason, String by) {
		BillView bill = this.bills.forCustomer(customerId, billNumber).bill();
		var now = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into bill_recheck_request (bill_id, customer_id, account_id, reason, requested_by, requested_at)
				values (?, ?, ?, ?, ?, ?) returning id
				""")
			.params(bill.id(), customerId, bill.accountId(), reason.strip(), by,
					OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.query(Long.class)
			.single();
		this.events.publishEvent(
				new BillRecheckRequested(id, customerId, bill.accountId(), billNumber, reason.strip(), by, now));
	}

}
