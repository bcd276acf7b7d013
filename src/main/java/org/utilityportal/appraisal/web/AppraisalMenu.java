package org.utilityportal.appraisal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.MenuEntry;

/** Menu entries of the appraisal pages. */
@Configuration(proxyBeanMethods = false)
class AppraisalMenu {

	@Bean
	MenuEntry counterAppraisal() {
		return new MenuEntry(Role.COUNTER, "/counter/appraisal", "menu.myAppraisal", "menu.myAppraisal.description",
				80);
	}

	@Bean
	MenuEntry supervisorAppraisal() {
		return new MenuEntry(Role.SUPERVISOR, "/supervisor/appraisal", "menu.appraisal", "menu.appraisal.description",
				70);
	}

	@Bean
	MenuEntry adminAppraisal() {
		return new MenuEntry(Role.ADMIN, "/admin/appraisal", "menu.appraisalWeights",
				"menu.appraisalWeights.description", 50);
	}

}
