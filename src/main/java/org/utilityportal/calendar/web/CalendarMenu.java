package org.utilityportal.calendar.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.MenuEntry;

/** The working calendars in the administrators' menu. */
@Configuration(proxyBeanMethods = false)
class CalendarMenu {

	@Bean
	MenuEntry adminCalendars() {
		return new MenuEntry(Role.ADMIN, "/admin/calendars", "menu.calendars", "menu.calendars.description", 40);
	}

}
