package org.utilityportal.casework.web;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.casework.SlaPolicies;
import org.utilityportal.casework.SlaPolicyForm;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;

/** SLA policies for administrators: list, add a more specific one, change limits. */
@Controller
@RequestMapping("/admin/sla-policies")
@RequiredArgsConstructor
class SlaPolicyController {

	private static final String FORM = "casework/policy-form";

	private final SlaPolicies policies;

	@GetMapping
	String list(Model model) {
		model.addAttribute("policies", this.policies.all());
		return "casework/policies";
	}

	@GetMapping("/new")
	String newPolicy(Model model) {
		model.addAttribute("policyForm", new SlaPolicyForm());
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("policyForm") SlaPolicyForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal admin, RedirectAttributes redirect) {
		if (!result.hasErrors() && this.policies.create(form, admin.username(), result) != null) {
			redirect.addFlashAttribute("notice", "sla.notice.saved");
			return "redirect:/admin/sla-policies";
		}
		return FORM;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		model.addAttribute("policyForm", this.policies.form(id));
		model.addAttribute("policyId", id);
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("policyForm") SlaPolicyForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal admin, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.policies.update(id, form, admin.username());
				redirect.addFlashAttribute("notice", "sla.notice.saved");
				return "redirect:/admin/sla-policies";
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
		}
		model.addAttribute("policyId", id);
		return FORM;
	}

}
