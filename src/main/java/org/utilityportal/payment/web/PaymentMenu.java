package org.utilityportal.payment.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.MenuEntry;

/** Menu entries of the payment pages (finance work falls to supervisors). */
@Configuration(proxyBeanMethods = false)
class PaymentMenu {

	@Bean
	MenuEntry supervisorMandates() {
		return new MenuEntry(Role.SUPERVISOR, "/supervisor/mandates", "menu.mandates", "menu.mandates.description", 44);
	}

	@Bean
	MenuEntry supervisorReconciliation() {
		return new MenuEntry(Role.SUPERVISOR, "/supervisor/reconciliation", "menu.reconciliation",
				"menu.reconciliation.description", 46);
	}

	@Bean
	MenuEntry supervisorDirectDebit() {
		return new MenuEntry(Role.SUPERVISOR, "/supervisor/direct-debit", "menu.directDebit",
				"menu.directDebit.description", 45);
	}

}
