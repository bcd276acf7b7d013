package org.utilityportal.quality.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.quality.ContestForm;
import org.utilityportal.quality.InspectionView;
import org.utilityportal.quality.Inspections;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Counter staff's own inspection results ({@code /counter/inspections}): the list, each
 * result item by item, and contesting it once. Someone else's inspection answers 404.
 */
@Controller
@RequiredArgsConstructor
class MyInspectionController {

	private static final String BASE = "/counter/inspections";

	private final Inspections inspections;

	@GetMapping(BASE)
	String list(@AuthenticationPrincipal PortalPrincipal me, Model model) {
		model.addAttribute("rows", this.inspections.mine(me.userId()));
		return "quality/my-inspections";
	}

	@GetMapping(BASE + "/{id}")
	String page(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal me, Model model) {
		return render(id, me, model);
	}

	@PostMapping(BASE + "/{id}/contest")
	String contest(@PathVariable long id, @Valid @ModelAttribute("contestForm") ContestForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal me, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.inspections.contest(id, form, me);
				redirect.addFlashAttribute("notice", "quality.flash.contested");
				return "redirect:" + BASE + "/" + id;
			}
			catch (StaleEditException ex) {
				result.reject("quality.validation.contestedOnce");
			}
		}
		return render(id, me, model);
	}

	private String render(long id, PortalPrincipal me, Model model) {
		InspectionView view = this.inspections.view(id, me);
		model.addAttribute("i", view);
		if (!model.containsAttribute("contestForm")) {
			ContestForm form = new ContestForm();
			form.setVersion(view.version());
			model.addAttribute("contestForm", form);
		}
		return "quality/my-inspection";
	}

}
