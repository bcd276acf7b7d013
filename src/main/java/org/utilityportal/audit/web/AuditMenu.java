package org.utilityportal.audit.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.MenuEntry;

/** The access log in the menus of supervisors and administrators. */
@Configuration(proxyBeanMethods = false)
class AuditMenu {

	@Bean
	MenuEntry supervisorAccessLog() {
		return new MenuEntry(Role.SUPERVISOR, "/audit/access-log", "menu.accessLog", "menu.accessLog.description", 800);
	}

	@Bean
	MenuEntry adminAccessLog() {
		return new MenuEntry(Role.ADMIN, "/audit/access-log", "menu.accessLog", "menu.accessLog.description", 800);
	}

	@Bean
	MenuEntry adminAuditChain() {
		return new MenuEntry(Role.ADMIN, "/admin/audit-chain", "menu.auditChain", "menu.auditChain.description", 810);
	}

}
