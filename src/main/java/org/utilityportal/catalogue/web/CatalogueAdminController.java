package org.utilityportal.catalogue.web;

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
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.Subject;
import org.utilityportal.catalogue.Catalogue;
import org.utilityportal.catalogue.CatalogueEntry;
import org.utilityportal.catalogue.VersionForm;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Price officers maintain the catalogue: a change is a draft version from a day,
 * published by another officer; published versions never change.
 */
@Controller
@RequestMapping("/admin/catalogue")
@RequiredArgsConstructor
class CatalogueAdminController {

	private static final String FORM = "catalogue/version-form";

	private final Catalogue catalogue;

	@GetMapping
	String list(Model model) {
		model.addAttribute("entries", this.catalogue.inForce());
		return "catalogue/admin-list";
	}

	@GetMapping("/{code}")
	String service(@PathVariable String code, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("versions", this.catalogue.versions(code));
		return "catalogue/admin-service";
	}

	@GetMapping("/{code}/versions/new")
	String newVersion(@PathVariable String code, Model model) {
		CatalogueEntry latest = this.catalogue.versions(code).getFirst();
		VersionForm form = new VersionForm();
		form.setDefinition(latest.definition());
		form.getDefinition().padRows();
		model.addAttribute("versionForm", form);
		return form(code, null, model);
	}

	@PostMapping("/{code}/versions")
	String createDraft(@PathVariable String code, @Valid @ModelAttribute("versionForm") VersionForm form,
			BindingResult result, @AuthenticationPrincipal PortalPrincipal officer, Model model,
			RedirectAttributes redirect) {
		this.catalogue.versions(code);
		this.catalogue.validate(form, result);
		if (result.hasErrors()) {
			form.getDefinition().padRows();
			return form(code, null, model);
		}
		long id = this.catalogue.draft(code, form, officer);
		redirect.addFlashAttribute("notice", "catalogue.notice.drafted");
		return "redirect:/admin/catalogue/versions/" + id;
	}

	@GetMapping("/versions/{versionId}")
	String version(@PathVariable long versionId, Model model) {
		CatalogueEntry entry = this.catalogue.version(versionId);
		model.addAttribute("code", entry.code());
		model.addAttribute("versions", java.util.List.of(entry));
		return "catalogue/admin-service";
	}

	@GetMapping("/versions/{versionId}/edit")
	String edit(@PathVariable long versionId, Model model) {
		CatalogueEntry entry = this.catalogue.version(versionId);
		if (entry.published()) {
			return "redirect:/admin/catalogue/versions/" + versionId;
		}
		VersionForm form = new VersionForm();
		form.setEffectiveFrom(entry.effectiveFrom());
		form.setDocumentNumber(entry.documentNumber());
		form.setDocumentDate(entry.documentDate());
		form.setDefinition(entry.definition());
		form.getDefinition().padRows();
		form.setVersion(entry.version());
		model.addAttribute("versionForm", form);
		return form(entry.code(), versionId, model);
	}

	@PostMapping("/versions/{versionId}")
	String update(@PathVariable long versionId, @Valid @ModelAttribute("versionForm") VersionForm form,
			BindingResult result, @AuthenticationPrincipal PortalPrincipal officer, Model model,
			RedirectAttributes redirect) {
		CatalogueEntry entry = this.catalogue.version(versionId);
		this.catalogue.validate(form, result);
		if (!result.hasErrors()) {
			try {
				this.catalogue.updateDraft(versionId, form, officer);
				redirect.addFlashAttribute("notice", "catalogue.notice.saved");
				return "redirect:/admin/catalogue/versions/" + versionId;
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
		}
		form.getDefinition().padRows();
		return form(entry.code(), versionId, model);
	}

	@PostMapping("/versions/{versionId}/publish")
	String publish(@PathVariable long versionId, @RequestParam long version,
			@AuthenticationPrincipal PortalPrincipal officer, RedirectAttributes redirect) {
		String refusal;
		try {
			refusal = this.catalogue.publish(versionId, version, officer);
		}
		catch (StaleEditException ex) {
			refusal = "validation.stale";
		}
		redirect.addFlashAttribute((refusal != null) ? "problem" : "notice",
				(refusal != null) ? refusal : "catalogue.notice.published");
		return "redirect:/admin/catalogue/versions/" + versionId;
	}

	@PostMapping("/versions/{versionId}/discard")
	String discard(@PathVariable long versionId, @RequestParam long version, RedirectAttributes redirect) {
		String code = this.catalogue.version(versionId).code();
		try {
			this.catalogue.discard(versionId, version);
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("problem", "validation.stale");
			return "redirect:/admin/catalogue/versions/" + versionId;
		}
		redirect.addFlashAttribute("notice", "catalogue.notice.discarded");
		return "redirect:/admin/catalogue/" + code;
	}

	private String form(String code, Long versionId, Model model) {
		model.addAttribute("code", code);
		model.addAttribute("versionId", versionId);
		model.addAttribute("natures", Nature.values());
		model.addAttribute("subjects", Subject.values());
		return FORM;
	}

}
