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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.casework.SlaPolicies;
import org.utilityportal.casework.SlaPolicyForm;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * SLA policies for administrators: list, propose a more specific one or new limits as a
 * draft, and put another administrator's draft in force (four eyes).
 */
@Controller
@RequestMapping("/admin/sla-policies")
@RequiredArgsConstructor
class SlaPolicyController {

	private static final String FORM = "casework/policy-form";

	private static final String LIST = "redirect:/admin/sla-policies";

	private final SlaPolicies policies;

	@GetMapping
	String list(Model model) {
		model.addAttribute("policies", this.policies.all());
		model.addAttribute("drafts", this.policies.drafts());
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
		if (!result.hasErrors() && this.policies.propose(form, null, admin.username(), result) != null) {
			redirect.addFlashAttribute("notice", "sla.notice.proposed");
			return LIST;
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
				if (this.policies.propose(form, id, admin.username(), result) != null) {
					redirect.addFlashAttribute("notice", "sla.notice.proposed");
					return LIST;
				}
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
		}
		model.addAttribute("policyId", id);
		return FORM;
	}

	@GetMapping("/drafts/{draftId}")
	String draft(@PathVariable long draftId, Model model) {
		model.addAttribute("policyForm", this.policies.draftForm(draftId));
		return draftForm(draftId, model);
	}

	@PostMapping("/drafts/{draftId}")
	String editDraft(@PathVariable long draftId, @Valid @ModelAttribute("policyForm") SlaPolicyForm form,
			BindingResult result, @AuthenticationPrincipal PortalPrincipal admin, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.policies.editDraft(draftId, form, admin.username());
				redirect.addFlashAttribute("notice", "sla.notice.draftSaved");
				return "redirect:/admin/sla-policies/drafts/" + draftId;
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
		}
		return draftForm(draftId, model);
	}

	@PostMapping("/drafts/{draftId}/publish")
	String publish(@PathVariable long draftId, @RequestParam long version,
			@AuthenticationPrincipal PortalPrincipal admin, RedirectAttributes redirect) {
		String refusal;
		try {
			refusal = this.policies.publish(draftId, version, admin.username());
		}
		catch (StaleEditException ex) {
			refusal = "validation.stale";
		}
		if (refusal != null) {
			redirect.addFlashAttribute("problem", refusal);
			return "redirect:/admin/sla-policies/drafts/" + draftId;
		}
		redirect.addFlashAttribute("notice", "sla.notice.published");
		return LIST;
	}

	@PostMapping("/drafts/{draftId}/discard")
	String discard(@PathVariable long draftId, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.policies.discard(draftId, version);
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("problem", "validation.stale");
			return "redirect:/admin/sla-policies/drafts/" + draftId;
		}
		redirect.addFlashAttribute("notice", "sla.notice.discarded");
		return LIST;
	}

	private String draftForm(long draftId, Model model) {
		model.addAttribute("draft", this.policies.draft(draftId));
		return FORM;
	}

}
