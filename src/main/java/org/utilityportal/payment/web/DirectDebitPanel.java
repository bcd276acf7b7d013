package org.utilityportal.payment.web;

import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.utilityportal.billing.BillPage;
import org.utilityportal.billing.BillingPanel;
import org.utilityportal.payment.Mandates;
import org.utilityportal.shared.security.PortalPrincipal;

/** The account's direct debit on the counter's billing desk, with a link to manage it. */
@Component
@RequiredArgsConstructor
class DirectDebitPanel implements BillingPanel {

	private final Mandates mandates;

	@Override
	public Place place() {
		return Place.COUNTER_ACCOUNT;
	}

	@Override
	public String template() {
		return "payment/debit-panel";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Map<String, Object> data(long accountId, BillPage bill, PortalPrincipal viewer) {
		var current = this.mandates.ofAccount(accountId)
			.stream()
			.filter((m) -> "ACTIVE".equals(m.status()) || "REQUESTED".equals(m.status()))
			.findFirst();
		return (current.isPresent()) ? Map.of("accountId", accountId, "mandate", current.get())
				: Map.of("accountId", accountId);
	}

}
