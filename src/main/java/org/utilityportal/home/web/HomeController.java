package org.utilityportal.home.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.LandingPanel;

/**
 * The start page and the landing page of each role, with the panels other modules
 * contribute ({@link LandingPanel}).
 */
@Controller
class HomeController {

	private final List<LandingPanel> panels;

	HomeController(ObjectProvider<LandingPanel> panels) {
		this.panels = panels.stream().sorted(Comparator.comparingInt(LandingPanel::order)).toList();
	}

	@GetMapping("/")
	String start(@AuthenticationPrincipal PortalPrincipal principal, Model model) {
		if (principal != null) {
			return "redirect:/home";
		}
		model.addAttribute("panels", panels(null, null));
		return "home/start";
	}

	@GetMapping("/home")
	String home(@AuthenticationPrincipal PortalPrincipal principal) {
		return "redirect:" + principal.role().home();
	}

	@GetMapping("/my")
	String customer(@AuthenticationPrincipal PortalPrincipal principal, Model model) {
		return landing(Role.CUSTOMER, principal, model);
	}

	@GetMapping("/counter")
	String counter(@AuthenticationPrincipal PortalPrincipal principal, Model model) {
		return landing(Role.COUNTER, principal, model);
	}

	@GetMapping("/supervisor")
	String supervisor(@AuthenticationPrincipal PortalPrincipal principal, Model model) {
		return landing(Role.SUPERVISOR, principal, model);
	}

	@GetMapping("/admin")
	String admin(@AuthenticationPrincipal PortalPrincipal principal, Model model) {
		return landing(Role.ADMIN, principal, model);
	}

	private String landing(Role role, PortalPrincipal principal, Model model) {
		model.addAttribute("role", role);
		model.addAttribute("panels", panels(role, principal));
		return "home/landing";
	}

	/** The panels other modules contribute to this page, with what they show. */
	private List<LandingPanel.Rendered> panels(Role role, PortalPrincipal principal) {
		return this.panels.stream()
			.filter((panel) -> panel.role() == role)
			.map((panel) -> new LandingPanel.Rendered(panel.template(), panel.data(principal)))
			.filter((rendered) -> !rendered.data().isEmpty())
			.toList();
	}

}
