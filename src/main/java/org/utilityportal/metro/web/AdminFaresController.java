package org.utilityportal.metro.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.metro.FareVersionForm;
import org.utilityportal.metro.MetroFares;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Price officers' metro fares: every version, a new draft (started from the fares in
 * force), publishing by another officer and discarding a draft.
 */
@Controller
@RequestMapping("/admin/metro/fares")
@RequiredArgsConstructor
class AdminFaresController {

	private static final String FORM = "metro/fare-form";

	private final MetroFares fares;

	private final Clock clock;

	@GetMapping
	String list(Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("versions", this.fares.versions());
		model.addAttribute("inForce", this.fares.inForce(today).orElse(null));
		return "metro/admin-fares";
	}

	@GetMapping("/new")
	String newVersion(Model model) {
		LocalDate today = LocalDate.now(this.clock);
		FareVersionForm form = this.fares.inForce(today).map(FareVersionForm::from).orElseGet(FareVersionForm::new);
		form.setEffectiveFrom(today.withDayOfMonth(1).plusMonths(1));
		model.addAttribute("fareForm", form);
		return FORM;
	}

	@PostMapping
	String draft(@Valid @ModelAttribute("fareForm") FareVersionForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal officer, RedirectAttributes redirect) {
		form.validate(result);
		if (result.hasErrors()) {
			return FORM;
		}
		long id = this.fares.draft(form, officer);
		redirect.addFlashAttribute("notice", "metro.fares.notice.drafted");
		return "redirect:/admin/metro/fares#version-" + id;
	}

	@PostMapping("/{id}/publish")
	String publish(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal PortalPrincipal officer,
			RedirectAttributes redirect) {
		String refusal;
		try {
			refusal = this.fares.publish(id, version, officer);
		}
		catch (StaleEditException ex) {
			refusal = "validation.stale";
		}
		redirect.addFlashAttribute((refusal != null) ? "problem" : "notice",
				(refusal != null) ? refusal : "metro.fares.notice.published");
		return "redirect:/admin/metro/fares#version-" + id;
	}

	@PostMapping("/{id}/discard")
	String discard(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.fares.discard(id, version);
			redirect.addFlashAttribute("notice", "metro.fares.notice.discarded");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("problem", "validation.stale");
		}
		return "redirect:/admin/metro/fares";
	}

}
