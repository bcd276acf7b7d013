package org.utilityportal.shared.events;

import java.time.Instant;

/**
 * A customer asked for a bill to be checked again (电费复核). Published by billing when the
 * request is saved; casework turns it into a tracked case with a clock.
 *
 * @param requestId the billing module's id of the request, unique (use it to handle the
 * event once)
 * @param customerId the customer who asked
 * @param accountId the service account the bill belongs to
 * @param billNumber the bill's number, as printed
 * @param reason what the customer wrote
 * @param requestedBy the sign-in name of whoever recorded the request (the customer or a
 * clerk)
 * @param requestedAt when
 * @param complaint whether it is a complaint about the bill rather than a request to
 * check it again (casework registers a complaint case then)
 */
public record BillRecheckRequested(long requestId, long customerId, long accountId, String billNumber, String reason,
		String requestedBy, Instant requestedAt, boolean complaint) {

}
