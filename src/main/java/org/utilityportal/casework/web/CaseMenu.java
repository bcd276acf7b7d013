package org.utilityportal.casework.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.MenuEntry;

/** Menu entries of the case pages. */
@Configuration(proxyBeanMethods = false)
class CaseMenu {

	@Bean
	MenuEntry counterCases() {
		return new MenuEntry(Role.COUNTER, "/counter/cases", "menu.cases", "menu.cases.description", 30);
	}

	@Bean
	MenuEntry counterNewCase() {
		return new MenuEntry(Role.COUNTER, "/counter/cases/new", "menu.newCase", "menu.newCase.description", 40);
	}

	@Bean
	MenuEntry myCases() {
		return new MenuEntry(Role.CUSTOMER, "/my/cases", "menu.myCases", "menu.myCases.description", 30);
	}

	@Bean
	MenuEntry supervisorPlatformReplies() {
		return new MenuEntry(Role.SUPERVISOR, "/supervisor/platform-replies", "menu.platformReplies",
				"menu.platformReplies.description", 40);
	}

	@Bean
	MenuEntry adminPolicies() {
		return new MenuEntry(Role.ADMIN, "/admin/sla-policies", "menu.slaPolicies", "menu.slaPolicies.description", 30);
	}

}
