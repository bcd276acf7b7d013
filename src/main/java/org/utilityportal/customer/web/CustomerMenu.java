package org.utilityportal.customer.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.MenuEntry;
import org.utilityportal.shared.web.QuickSearch;

/** Menu entries of the customer pages. */
@Configuration(proxyBeanMethods = false)
class CustomerMenu {

	@Bean
	MenuEntry counterSearch() {
		return new MenuEntry(Role.COUNTER, "/counter/customers", "menu.customerSearch",
				"menu.customerSearch.description", 10);
	}

	/** Finding a customer from any page: the counter's most frequent task. */
	@Bean
	QuickSearch counterQuickSearch() {
		return new QuickSearch(Role.COUNTER, "/counter/customers", "customerSearch.quick");
	}

	@Bean
	MenuEntry counterOpenCustomer() {
		return new MenuEntry(Role.COUNTER, "/counter/customers/new", "menu.openCustomer",
				"menu.openCustomer.description", 20);
	}

	@Bean
	MenuEntry myAccounts() {
		return new MenuEntry(Role.CUSTOMER, "/my/accounts", "menu.myAccounts", "menu.myAccounts.description", 10);
	}

	@Bean
	MenuEntry myProfile() {
		return new MenuEntry(Role.CUSTOMER, "/my/profile", "menu.myProfile", "menu.myProfile.description", 90);
	}

}
