package org.utilityportal.supervision.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.MenuEntry;

/** The dashboard and the case list in the supervisors' menu. */
@Configuration(proxyBeanMethods = false)
class SupervisionMenu {

	@Bean
	MenuEntry supervisorDashboard() {
		return new MenuEntry(Role.SUPERVISOR, "/supervisor/dashboard", "menu.dashboard", "menu.dashboard.description",
				10);
	}

	@Bean
	MenuEntry supervisorCases() {
		return new MenuEntry(Role.SUPERVISOR, "/supervisor/cases", "menu.supervisorCases",
				"menu.supervisorCases.description", 20);
	}

}
