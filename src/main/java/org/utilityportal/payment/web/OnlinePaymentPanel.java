package org.utilityportal.payment.web;

import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.utilityportal.billing.BillPage;
import org.utilityportal.billing.BillingPanel;
import org.utilityportal.payment.PaymentOrders;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * "Pay online" on the customer's bill page, with the providers switched on; left out when
 * the bill is settled or no provider is (production without one configured).
 */
@Component
@RequiredArgsConstructor
class OnlinePaymentPanel implements BillingPanel {

	private final PaymentOrders orders;

	@Override
	public Place place() {
		return Place.CUSTOMER_BILL;
	}

	@Override
	public String template() {
		return "payment/panels";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Map<String, Object> data(long accountId, BillPage bill, PortalPrincipal viewer) {
		if (bill == null || !bill.outstanding().isPositive() || this.orders.providers().isEmpty()) {
			return Map.of();
		}
		return Map.of("billNumber", bill.bill().billNumber(), "outstanding", bill.outstanding(), "providers",
				this.orders.providers(), "token", UUID.randomUUID().toString());
	}

}
