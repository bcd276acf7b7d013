package org.utilityportal.quality.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
import org.utilityportal.quality.ActionForm;
import org.utilityportal.quality.CorrectiveActions;
import org.utilityportal.quality.InspectionForm;
import org.utilityportal.quality.InspectionStatus;
import org.utilityportal.quality.InspectionView;
import org.utilityportal.quality.Inspections;
import org.utilityportal.quality.ScoreForm;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Supervisors' inspections ({@code /supervisor/inspections}): the newest, a form to open
 * one (what kind, how sampled), the page of one with its card to score (the inspector),
 * the review of a contest (another supervisor) and corrective actions raised from its
 * findings.
 */
@Controller
@RequiredArgsConstructor
class InspectionController {

	private static final String BASE = "/supervisor/inspections";

	private final Inspections inspections;

	private final CorrectiveActions actions;

	private final java.time.Clock clock;

	@GetMapping(BASE)
	String list(@RequestParam(required = false) Long unit, Model model) {
		InspectionForm form = new InspectionForm();
		form.setOccurredAt(LocalDateTime.now(this.clock).withSecond(0).withNano(0));
		model.addAttribute("inspectionForm", form);
		return listPage(unit, model);
	}

	@PostMapping(BASE)
	String open(@Valid @ModelAttribute("inspectionForm") InspectionForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal supervisor, Model model) {
		Optional<Long> id = result.hasErrors() ? Optional.empty() : this.inspections.open(form, supervisor, result);
		if (id.isEmpty()) {
			return listPage(null, model);
		}
		return "redirect:" + BASE + "/" + id.get();
	}

	@GetMapping(BASE + "/{id}")
	String page(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal supervisor, Model model) {
		return page(id, supervisor, model, null);
	}

	@PostMapping(BASE + "/{id}/score")
	String score(@PathVariable long id, @Valid @ModelAttribute("scoreForm") ScoreForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal supervisor, Model model, RedirectAttributes redirect) {
		this.inspections.validateScores(id, form, result);
		if (!result.hasErrors() && saved(() -> this.inspections.score(id, form, supervisor), result)) {
			redirect.addFlashAttribute("notice", "quality.flash.scored");
			return "redirect:" + BASE + "/" + id;
		}
		return page(id, supervisor, model, form);
	}

	@PostMapping(BASE + "/{id}/review")
	String review(@PathVariable long id, @Valid @ModelAttribute("scoreForm") ScoreForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal supervisor, Model model, RedirectAttributes redirect) {
		if (form.getNote() == null || form.getNote().isBlank()) {
			result.rejectValue("note", "validation.required");
		}
		if (form.isRevise()) {
			this.inspections.validateScores(id, form, result);
		}
		if (!result.hasErrors() && saved(() -> this.inspections.review(id, form, supervisor), result)) {
			redirect.addFlashAttribute("notice", "quality.flash.reviewed");
			return "redirect:" + BASE + "/" + id;
		}
		return page(id, supervisor, model, form);
	}

	@PostMapping(BASE + "/{id}/actions")
	String raise(@PathVariable long id, @Valid @ModelAttribute("actionForm") ActionForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal supervisor, Model model, RedirectAttributes redirect) {
		this.actions.validate(form, result);
		if (result.hasErrors()) {
			return page(id, supervisor, model, null);
		}
		this.actions.raise(form, id, null, supervisor);
		redirect.addFlashAttribute("notice", "quality.flash.actionRaised");
		return "redirect:" + BASE + "/" + id;
	}

	private String page(long id, PortalPrincipal supervisor, Model model, ScoreForm scoreForm) {
		InspectionView view = this.inspections.view(id, supervisor);
		model.addAttribute("i", view);
		boolean inspector = view.inspectorId() == supervisor.userId();
		model.addAttribute("mayScore", inspector && view.status() == InspectionStatus.OPEN);
		model.addAttribute("mayReview",
				view.status() == InspectionStatus.CONTESTED && !inspector && view.inspectedId() != supervisor.userId());
		if (scoreForm == null) {
			scoreForm = new ScoreForm();
			scoreForm.setVersion(view.version());
			scoreForm.getScores().putAll(view.scores());
		}
		if (!model.containsAttribute("scoreForm")) {
			model.addAttribute("scoreForm", scoreForm);
		}
		if (!model.containsAttribute("actionForm")) {
			ActionForm action = new ActionForm();
			action.setOwnerId(view.inspectedId());
			action.setFinding(view.findings());
			action.setDueOn(LocalDate.now(this.clock).plusDays(14));
			model.addAttribute("actionForm", action);
		}
		return "quality/inspection";
	}

	private String listPage(Long unit, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("rows", this.inspections.recent(unit));
		return "quality/inspections";
	}

	private static boolean saved(Runnable action, BindingResult result) {
		try {
			action.run();
			return true;
		}
		catch (StaleEditException ex) {
			result.reject("validation.stale");
			return false;
		}
	}

}
