package org.utilityportal.catalogue;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.audit.AccessLog;
import org.utilityportal.catalogue.internal.OrderQueries;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Staff views of orders and downloads of their documents: every staff view of a
 * customer's order is written to the access log ("service order &lt;case number&gt;"); a
 * customer reaches only their own orders.
 */
@Service
@RequiredArgsConstructor
public class OrderAccess {

	private final ServiceOrders orders;

	private final OrderQueries queries;

	private final AccessLog accessLog;

	/** An order as staff see it; the view of a customer's order is logged. */
	@Transactional
	public OrderView seenBy(long orderId, PortalPrincipal staff, AccessChannel channel) {
		OrderView order = this.orders.order(orderId);
		if (order.customerId() != null) {
			this.accessLog.record(staff, AccessAction.VIEW, channel, order.customerId(), null,
					"service order " + order.caseNumber());
		}
		return order;
	}

	/**
	 * A document's file, for the order's customer or for staff (logged).
	 * @throws NotFoundException for another customer's order, or a paper original
	 */
	@Transactional
	public OrderFile file(long orderId, long documentId, PortalPrincipal by) {
		OrderView order = by.role().isStaff() ? seenBy(orderId, by, AccessChannel.WEB)
				: this.orders.mine(orderId, by.requireCustomerId());
		return this.queries.file(order.id(), documentId)
			.orElseThrow(() -> new NotFoundException("Document " + documentId));
	}

}
