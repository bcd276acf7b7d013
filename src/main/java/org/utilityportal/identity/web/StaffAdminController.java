package org.utilityportal.identity.web;

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
import org.utilityportal.identity.ApiTokens;
import org.utilityportal.identity.ManagerGrade;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.identity.StaffAdministration;
import org.utilityportal.identity.StaffForm;
import org.utilityportal.identity.StaffView;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;

/**
 * Administrators: the staff list, a person's page with every recorded change, creating
 * and editing, disabling and enabling, resetting a password, revoking a person's API
 * tokens. A temporary password is shown once, on the page the action leads to.
 */
@Controller
@RequestMapping("/admin/staff")
@RequiredArgsConstructor
class StaffAdminController {

	private static final String FORM = "identity/staff-form";

	private final StaffAdministration staff;

	private final OrgUnits orgUnits;

	private final ApiTokens tokens;

	@GetMapping
	String list(Model model) {
		model.addAttribute("staff", this.staff.all());
		model.addAttribute("units", this.orgUnits.byId());
		return "identity/staff-list";
	}

	@GetMapping("/new")
	String newStaff(Model model) {
		StaffForm form = new StaffForm();
		form.setRole(Role.COUNTER);
		return form(null, form, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("staffForm") StaffForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal admin, Model model, RedirectAttributes redirect) {
		this.staff.validate(form, null, result);
		if (result.hasErrors()) {
			return form(null, form, model);
		}
		StaffAdministration.Created created = this.staff.create(form, admin);
		redirect.addFlashAttribute("notice", "staff.notice.created");
		redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
		return "redirect:/admin/staff/" + created.id();
	}

	@GetMapping("/{id}")
	String person(@PathVariable long id, Model model) {
		model.addAttribute("person", this.staff.staff(id));
		model.addAttribute("units", this.orgUnits.byId());
		model.addAttribute("tokens", this.tokens.of(id));
		return "identity/staff";
	}

	@PostMapping("/{id}/tokens/{tokenId}/revoke")
	String revokeToken(@PathVariable long id, @PathVariable long tokenId,
			@AuthenticationPrincipal PortalPrincipal admin, RedirectAttributes redirect) {
		this.staff.staff(id);
		this.tokens.revoke(id, tokenId, admin.username());
		redirect.addFlashAttribute("notice", "tokens.revoked");
		return "redirect:/admin/staff/" + id;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		StaffView person = this.staff.staff(id);
		StaffForm form = new StaffForm();
		form.setDisplayName(person.displayName());
		form.setWorkNumber(person.workNumber());
		form.setRole(person.role());
		form.setOrgUnitId(person.orgUnitId());
		form.setManagerGrade(person.managerGrade());
		form.setMayRevealPersonalData(person.mayRevealPersonalData());
		form.setVersion(person.version());
		return form(person, form, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("staffForm") StaffForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal admin, Model model, RedirectAttributes redirect) {
		StaffView person = this.staff.staff(id);
		this.staff.validate(form, id, result);
		if (!result.hasErrors()) {
			try {
				this.staff.update(id, form, admin);
				redirect.addFlashAttribute("notice", "staff.notice.saved");
				return "redirect:/admin/staff/" + id;
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
		}
		return form(person, form, model);
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal PortalPrincipal admin,
			RedirectAttributes redirect) {
		return outcome(id, redirect, () -> this.staff.disable(id, version, admin), "staff.notice.disabled");
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal PortalPrincipal admin,
			RedirectAttributes redirect) {
		return outcome(id, redirect, () -> this.staff.enable(id, version, admin), "staff.notice.enabled");
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam long version,
			@AuthenticationPrincipal PortalPrincipal admin, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("temporaryPassword", this.staff.resetPassword(id, version, admin));
			redirect.addFlashAttribute("notice", "staff.notice.passwordReset");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("problem", "validation.stale");
		}
		return "redirect:/admin/staff/" + id;
	}

	private String outcome(long id, RedirectAttributes redirect, java.util.function.Supplier<String> action,
			String done) {
		String refusal;
		try {
			refusal = action.get();
		}
		catch (StaleEditException ex) {
			refusal = "validation.stale";
		}
		redirect.addFlashAttribute((refusal != null) ? "problem" : "notice", (refusal != null) ? refusal : done);
		return "redirect:/admin/staff/" + id;
	}

	private String form(StaffView person, StaffForm form, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("staffForm", form);
		model.addAttribute("roles", java.util.List.of(Role.COUNTER, Role.SUPERVISOR, Role.ADMIN));
		model.addAttribute("grades", ManagerGrade.values());
		model.addAttribute("units", this.orgUnits.all());
		return FORM;
	}

}
