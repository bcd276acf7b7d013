package org.utilityportal.quality.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.MenuEntry;

/** Menu entries of the quality pages. */
@Configuration(proxyBeanMethods = false)
class QualityMenu {

	@Bean
	MenuEntry supervisorInspections() {
		return new MenuEntry(Role.SUPERVISOR, "/supervisor/inspections", "menu.inspections",
				"menu.inspections.description", 50);
	}

	@Bean
	MenuEntry supervisorActions() {
		return new MenuEntry(Role.SUPERVISOR, "/supervisor/actions", "menu.actions", "menu.actions.description", 60);
	}

	@Bean
	MenuEntry counterInspections() {
		return new MenuEntry(Role.COUNTER, "/counter/inspections", "menu.myInspections",
				"menu.myInspections.description", 60);
	}

	@Bean
	MenuEntry counterActions() {
		return new MenuEntry(Role.COUNTER, "/counter/actions", "menu.myActions", "menu.myActions.description", 70);
	}

	@Bean
	MenuEntry adminScorecards() {
		return new MenuEntry(Role.ADMIN, "/admin/scorecards", "menu.scorecards", "menu.scorecards.description", 40);
	}

}
