package org.utilityportal.billing;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.utilityportal.shared.security.PortalPrincipal;

/** The panels other modules add to billing's pages, in their order. */
@Component
public class BillingPanels {

	private final List<BillingPanel> panels;

	BillingPanels(ObjectProvider<BillingPanel> panels) {
		this.panels = panels.stream().sorted(Comparator.comparingInt(BillingPanel::order)).toList();
	}

	/** The panels of a page with something to show. */
	public List<BillingPanel.Rendered> render(BillingPanel.Place place, long accountId, BillPage bill,
			PortalPrincipal viewer) {
		return this.panels.stream()
			.filter((panel) -> panel.place() == place)
			.map((panel) -> new BillingPanel.Rendered(panel.template(), panel.data(accountId, bill, viewer)))
			.filter((rendered) -> !rendered.data().isEmpty())
			.toList();
	}

}
