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
import org.utilityportal.billing.CashierDays;
import org.utilityportal.billing.Refunds;
import org.utilityportal.billing.Reversals;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.Decisions;

/**
 * The second pair of eyes on money: supervisors approve or reject reversals of counter
 * payments and refunds of credit (never their own requests), and see and reopen the
 * clerks' day-ends.
 */
@Controller
@RequestMapping("/supervisor")
@RequiredArgsConstructor
class SupervisorMoneyController {

	/** How many days of day-ends the list shows. */
	private static final int DAY_END_DAYS = 31;

	private final Reversals reversals;

	private final Refunds refunds;

	private final CashierDays cashierDays;

	@GetMapping("/reversals")
	String reversals(Model model) {
		model.addAttribute("reversals", this.reversals.pending());
		return "billing/reversals";
	}

	@PostMapping("/reversals/{reversalId}")
	String decideReversal(@PathVariable long reversalId, @RequestParam long version, @RequestParam boolean approve,
			@AuthenticationPrincipal PortalPrincipal supervisor, RedirectAttributes redirect) {
		Decisions.flash(redirect, approve, "reversal.notice.approved", "reversal.notice.rejected",
				() -> this.reversals.decide(reversalId, version, approve, supervisor.username()));
		return "redirect:/supervisor/reversals";
	}

	@GetMapping("/refunds")
	String refunds(Model model) {
		model.addAttribute("refunds", this.refunds.open());
		return "billing/refunds";
	}

	@PostMapping("/refunds/{refundNumber}")
	String decideRefund(@PathVariable String refundNumber, @RequestParam long version, @RequestParam boolean approve,
			@AuthenticationPrincipal PortalPrincipal supervisor, RedirectAttributes redirect) {
		Decisions.flash(redirect, approve, "refund.notice.approved", "refund.notice.rejected",
				() -> this.refunds.decide(refundNumber, version, approve, supervisor.username()));
		return "redirect:/supervisor/refunds";
	}

	@GetMapping("/day-ends")
	String dayEnds(Model model) {
		model.addAttribute("dayEnds", this.cashierDays.recent(DAY_END_DAYS));
		return "billing/day-ends";
	}

	@PostMapping("/day-ends/{dayId}/reopen")
	String reopen(@PathVariable long dayId, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal PortalPrincipal supervisor, RedirectAttributes redirect) {
		if (reason.isBlank() || reason.length() > 300) {
			redirect.addFlashAttribute("problem", "dayEnd.error.reason");
			return "redirect:/supervisor/day-ends";
		}
		try {
			this.cashierDays.reopen(dayId, version, supervisor.username(), reason);
			redirect.addFlashAttribute("notice", "dayEnd.notice.reopened");
		}
		catch (StaleEditException | IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "validation.stale");
		}
		return "redirect:/supervisor/day-ends";
	}

}
