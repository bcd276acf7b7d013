package org.utilityportal.home.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;

/** The start page and the landing page of each role. */
@Controller
class HomeController {

	@GetMapping("/")
	String start(@AuthenticationPrincipal PortalPrincipal principal) {
		return (principal != null) ? "redirect:/home" : "home/start";
	}

	@GetMapping("/home")
	String home(@AuthenticationPrincipal PortalPrincipal principal) {
		return "redirect:" + principal.role().home();
	}

	@GetMapping("/my")
	String customer(Model model) {
		return landing(Role.CUSTOMER, model);
	}

	@GetMapping("/counter")
	String counter(Model model) {
		return landing(Role.COUNTER, model);
	}

	@GetMapping("/supervisor")
	String supervisor(Model model) {
		return landing(Role.SUPERVISOR, model);
	}

	@GetMapping("/admin")
	String admin(Model model) {
		return landing(Role.ADMIN, model);
	}

	private String landing(Role role, Model model) {
		model.addAttribute("role", role);
		return "home/landing";
	}

}
