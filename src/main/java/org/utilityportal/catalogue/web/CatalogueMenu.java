package org.utilityportal.catalogue.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.MenuEntry;

/** Menu entries of the catalogue pages. */
@Configuration(proxyBeanMethods = false)
class CatalogueMenu {

	@Bean
	MenuEntry myOrders() {
		return new MenuEntry(Role.CUSTOMER, "/my/orders", "menu.myOrders", "menu.myOrders.description", 35);
	}

	@Bean
	MenuEntry adminCatalogue() {
		return new MenuEntry(Role.ADMIN, "/admin/catalogue", "menu.catalogue", "menu.catalogue.description", 35);
	}

}
