package org.utilityportal.billing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

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
import org.utilityportal.billing.BillingRuns;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Administrators start billing runs and follow their progress; a stopped run can be
 * restarted.
 */
@Controller
@RequestMapping("/admin/billing")
@RequiredArgsConstructor
class AdminBillingController {

	private final BillingRuns runs;

	private final Clock clock;

	@GetMapping
	String runs(Model model) {
		model.addAttribute("runs", this.runs.recent(24));
		model.addAttribute("lastMonth", YearMonth.now(this.clock).minusMonths(1).toString());
		return "billing/runs";
	}

	@PostMapping("/runs")
	String start(@RequestParam(defaultValue = "") String month, @AuthenticationPrincipal PortalPrincipal admin,
			Model model, RedirectAttributes redirect) {
		String problem;
		try {
			long runId = this.runs.start(YearMonth.parse(month.strip()).atDay(1), admin.username());
			redirect.addFlashAttribute("notice", "billingRun.notice.started");
			return "redirect:/admin/billing/runs/" + runId;
		}
		catch (DateTimeParseException ex) {
			problem = "billingRun.error.month";
		}
		catch (IllegalArgumentException ex) {
			problem = "billingRun.error.notEnded";
		}
		catch (IllegalStateException ex) {
			problem = "billingRun.error.running";
		}
		model.addAttribute("monthError", problem);
		model.addAttribute("runs", this.runs.recent(24));
		model.addAttribute("lastMonth", month);
		return "billing/runs";
	}

	@GetMapping("/runs/{runId}")
	String run(@PathVariable long runId, Model model) {
		model.addAttribute("run", this.runs.run(runId));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "billing/run";
	}

	@PostMapping("/runs/{runId}/restart")
	String restart(@PathVariable long runId, RedirectAttributes redirect) {
		try {
			this.runs.restart(runId);
			redirect.addFlashAttribute("notice", "billingRun.notice.restarted");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "billingRun.error.restart");
		}
		return "redirect:/admin/billing/runs/" + runId;
	}

}
