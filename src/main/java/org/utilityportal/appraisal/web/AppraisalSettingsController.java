package org.utilityportal.appraisal.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.appraisal.AppraisalSettings;
import org.utilityportal.appraisal.Appraisals;
import org.utilityportal.appraisal.Weights;
import org.utilityportal.appraisal.WeightsForm;
import org.utilityportal.shared.security.PortalPrincipal;

/** The weights of the appraisal for administrators ({@code /admin/appraisal}). */
@Controller
@RequiredArgsConstructor
class AppraisalSettingsController {

	private final AppraisalSettings settings;

	private final Appraisals appraisals;

	@GetMapping("/admin/appraisal")
	String page(Model model) {
		Weights current = this.appraisals.weightsFor(this.appraisals.thisMonth());
		WeightsForm form = new WeightsForm();
		form.setFrom(this.appraisals.thisMonth().plusMonths(1));
		form.setSla(current.sla());
		form.setSatisfaction(current.satisfaction());
		form.setRepeats(current.repeats());
		form.setInspections(current.inspections());
		form.setActions(current.actions());
		model.addAttribute("weightsForm", form);
		return render(model);
	}

	@PostMapping("/admin/appraisal")
	String save(@Valid @ModelAttribute("weightsForm") WeightsForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal admin, Model model, RedirectAttributes redirect) {
		this.settings.validate(form, result);
		if (!result.hasErrors()) {
			try {
				this.settings.save(form, admin);
				redirect.addFlashAttribute("notice", "appraisal.flash.saved");
				return "redirect:/admin/appraisal";
			}
			catch (DataIntegrityViolationException ex) {
				result.reject("validation.stale");
			}
		}
		return render(model);
	}

	private String render(Model model) {
		model.addAttribute("history", this.settings.history());
		return "appraisal/weights";
	}

}
