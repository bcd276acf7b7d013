package org.utilityportal.billing.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.MenuEntry;

/** Menu entries of the billing pages. */
@Configuration(proxyBeanMethods = false)
class BillingMenu {

	@Bean
	MenuEntry myBills() {
		return new MenuEntry(Role.CUSTOMER, "/my/bills", "menu.myBills", "menu.myBills.description", 20);
	}

	@Bean
	MenuEntry counterArrears() {
		return new MenuEntry(Role.COUNTER, "/counter/arrears", "menu.arrears", "menu.arrears.description", 60);
	}

	@Bean
	MenuEntry supervisorAdjustments() {
		return new MenuEntry(Role.SUPERVISOR, "/supervisor/adjustments", "menu.adjustments",
				"menu.adjustments.description", 40);
	}

	@Bean
	MenuEntry counterDayEnd() {
		return new MenuEntry(Role.COUNTER, "/counter/day-end", "menu.dayEnd", "menu.dayEnd.description", 65);
	}

	@Bean
	MenuEntry supervisorReversals() {
		return new MenuEntry(Role.SUPERVISOR, "/supervisor/reversals", "menu.reversals", "menu.reversals.description",
				41);
	}

	@Bean
	MenuEntry supervisorRefunds() {
		return new MenuEntry(Role.SUPERVISOR, "/supervisor/refunds", "menu.refunds", "menu.refunds.description", 42);
	}

	@Bean
	MenuEntry supervisorDayEnds() {
		return new MenuEntry(Role.SUPERVISOR, "/supervisor/day-ends", "menu.dayEnds", "menu.dayEnds.description", 43);
	}

	@Bean
	MenuEntry adminLateCharges() {
		return new MenuEntry(Role.ADMIN, "/admin/late-charges", "menu.lateCharges", "menu.lateCharges.description", 25);
	}

	@Bean
	MenuEntry adminBilling() {
		return new MenuEntry(Role.ADMIN, "/admin/billing", "menu.billingRuns", "menu.billingRuns.description", 20);
	}

}
