package org.utilityportal.dataimport.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.MenuEntry;

/** The go-live import in the administrators' menu. */
@Configuration(proxyBeanMethods = false)
class ImportMenu {

	@Bean
	MenuEntry adminImports() {
		return new MenuEntry(Role.ADMIN, "/admin/imports", "menu.imports", "menu.imports.description", 8);
	}

}
