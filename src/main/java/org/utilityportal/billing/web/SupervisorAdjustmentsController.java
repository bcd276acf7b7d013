package org.utilityportal.billing.web;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.billing.Adjustments;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.Decisions;

/**
 * Supervisors approve or reject the bill corrections counter staff asked for (never their
 * own).
 */
@Controller
@RequestMapping("/supervisor/adjustments")
@RequiredArgsConstructor
class SupervisorAdjustmentsController {

	private final Adjustments adjustments;

	@GetMapping
	String pending(Model model) {
		model.addAttribute("adjustments", this.adjustments.pending());
		return "billing/adjustments";
	}

	@PostMapping("/{adjustmentId}")
	String decide(@PathVariable long adjustmentId, @RequestParam long version, @RequestParam boolean approve,
			@AuthenticationPrincipal PortalPrincipal supervisor, RedirectAttributes redirect) {
		Decisions.flash(redirect, approve, "adjustment.notice.approved", "adjustment.notice.rejected",
				() -> this.adjustments.decide(adjustmentId, version, approve, supervisor));
		return "redirect:/supervisor/adjustments";
	}

}
