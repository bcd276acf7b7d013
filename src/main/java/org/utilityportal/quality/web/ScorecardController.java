package org.utilityportal.quality.web;

import java.util.Optional;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.quality.InspectionKind;
import org.utilityportal.quality.ScorecardStatus;
import org.utilityportal.quality.ScorecardView;
import org.utilityportal.quality.Scorecards;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Scorecards for administrators ({@code /admin/scorecards}): every version of each kind's
 * card, the draft of the next version (a copy of the one in use to change) and publishing
 * it.
 */
@Controller
@RequiredArgsConstructor
class ScorecardController {

	private static final String BASE = "/admin/scorecards";

	private final Scorecards scorecards;

	@GetMapping(BASE)
	String list(Model model) {
		model.addAttribute("cards", this.scorecards.all());
		return "quality/scorecards";
	}

	@GetMapping(BASE + "/{kind}/draft")
	String draft(@PathVariable InspectionKind kind, Model model) {
		ScorecardView base = draftOf(kind).orElseGet(() -> this.scorecards.inUse(kind));
		model.addAttribute("scorecardForm", ScorecardForm.of(base));
		return draftPage(kind, model);
	}

	@PostMapping(BASE + "/{kind}/draft")
	String saveDraft(@PathVariable InspectionKind kind, @Valid @ModelAttribute("scorecardForm") ScorecardForm form,
			BindingResult result, @AuthenticationPrincipal PortalPrincipal admin, Model model,
			RedirectAttributes redirect) {
		form.validate(result);
		if (result.hasErrors()) {
			return draftPage(kind, model);
		}
		try {
			this.scorecards.saveDraft(kind, form.getNameZh().strip(), form.getNameEn().strip(), form.toItems(), admin);
		}
		catch (StaleEditException ex) {
			result.reject("validation.stale");
			return draftPage(kind, model);
		}
		redirect.addFlashAttribute("notice", "quality.flash.draftSaved");
		return "redirect:" + BASE;
	}

	@PostMapping(BASE + "/{id}/publish")
	String publish(@PathVariable long id, @RequestParam long rowVersion, @AuthenticationPrincipal PortalPrincipal admin,
			RedirectAttributes redirect) {
		try {
			this.scorecards.publish(id, rowVersion, admin);
			redirect.addFlashAttribute("notice", "quality.flash.published");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("problem", "validation.stale");
		}
		return "redirect:" + BASE;
	}

	private Optional<ScorecardView> draftOf(InspectionKind kind) {
		return this.scorecards.all()
			.stream()
			.filter((card) -> card.kind() == kind && card.status() == ScorecardStatus.DRAFT)
			.findFirst();
	}

	private String draftPage(InspectionKind kind, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("inUse", this.scorecards.inUse(kind));
		return "quality/scorecard-form";
	}

}
