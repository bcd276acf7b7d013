package org.utilityportal.identity.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.MenuEntry;

/** Staff and the organisation in the administrators' menu. */
@Configuration(proxyBeanMethods = false)
class IdentityMenu {

	@Bean
	MenuEntry adminStaff() {
		return new MenuEntry(Role.ADMIN, "/admin/staff", "menu.staff", "menu.staff.description", 5);
	}

	@Bean
	MenuEntry adminOrgUnits() {
		return new MenuEntry(Role.ADMIN, "/admin/org-units", "menu.orgUnits", "menu.orgUnits.description", 6);
	}

}
