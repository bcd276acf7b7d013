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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.quality.ActionView;
import org.utilityportal.quality.CorrectiveActions;
import org.utilityportal.quality.ProgressForm;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Corrective actions: the register of a unit for supervisors
 * ({@code /supervisor/actions}), one's own actions for counter staff
 * ({@code /counter/actions}), and an action's page under either, where its owner records
 * the diagnosis and plan, then the evidence.
 */
@Controller
@RequiredArgsConstructor
class ActionController {

	private final CorrectiveActions actions;

	@GetMapping("/supervisor/actions")
	String register(@RequestParam(required = false) Long unit, @RequestParam(defaultValue = "false") boolean open,
			Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("openOnly", open);
		model.addAttribute("rows", this.actions.register(unit, open));
		return "quality/register";
	}

	@GetMapping("/counter/actions")
	String mine(@AuthenticationPrincipal PortalPrincipal me, Model model) {
		model.addAttribute("rows", this.actions.ownedBy(me.userId()));
		return "quality/my-actions";
	}

	@GetMapping({ "/supervisor/actions/{id}", "/counter/actions/{id}" })
	String page(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal me, Model model) {
		return render(id, me, model);
	}

	@PostMapping({ "/supervisor/actions/{id}", "/counter/actions/{id}" })
	String progress(@PathVariable long id, @Valid @ModelAttribute("progressForm") ProgressForm form,
			BindingResult result, @AuthenticationPrincipal PortalPrincipal me, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.actions.progress(id, form, me, result);
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
		}
		if (result.hasErrors()) {
			return render(id, me, model);
		}
		redirect.addFlashAttribute("notice", "quality.flash.progress." + form.getStep());
		return "redirect:" + me.role().home() + "/actions/" + id;
	}

	private String render(long id, PortalPrincipal me, Model model) {
		ActionView view = this.actions.view(id, me);
		model.addAttribute("a", view);
		model.addAttribute("mine", view.ownerId() == me.userId());
		model.addAttribute("base", me.role().home());
		if (!model.containsAttribute("progressForm")) {
			ProgressForm form = new ProgressForm();
			form.setVersion(view.version());
			form.setDiagnosis(view.diagnosis());
			form.setPlan(view.plan());
			model.addAttribute("progressForm", form);
		}
		return "quality/action";
	}

}
