package org.utilityportal.identity.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
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
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.OrgUnitForm;
import org.utilityportal.identity.OrgUnitView;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.identity.OrganisationAdministration;
import org.utilityportal.identity.StaffAdministration;
import org.utilityportal.identity.StaffView;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Administrators: the organisation tree, a unit's page with its areas, tier contacts and
 * recorded changes, creating, editing, moving and closing units. A refused move or
 * closing says how many open cases there are and where.
 */
@Controller
@RequestMapping("/admin/org-units")
@RequiredArgsConstructor
class OrgUnitAdminController {

	private static final String FORM = "identity/org-unit-form";

	private final OrganisationAdministration organisation;

	private final OrgUnits orgUnits;

	private final StaffAdministration staff;

	private final MessageSource messages;

	@GetMapping
	String tree(Model model) {
		model.addAttribute("tree", this.organisation.tree());
		return "identity/org-units";
	}

	@GetMapping("/new")
	String newUnit(@RequestParam(required = false) Long parentId, Model model) {
		OrgUnitForm form = new OrgUnitForm();
		form.setParentId(parentId);
		form.setKind((parentId == null) ? "HEAD_OFFICE" : "COUNTER");
		return form(null, form, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("unitForm") OrgUnitForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal admin, Model model, RedirectAttributes redirect) {
		this.organisation.validate(form, null, result);
		if (result.hasErrors()) {
			return form(null, form, model);
		}
		long id = this.organisation.create(form, admin);
		redirect.addFlashAttribute("notice", "orgUnit.notice.created");
		return "redirect:/admin/org-units/" + id;
	}

	@GetMapping("/{id}")
	String unit(@PathVariable long id, Model model) {
		OrgUnitView unit = this.organisation.unit(id);
		Map<Long, StaffView> staff = staffById();
		model.addAttribute("unit", unit);
		model.addAttribute("units", this.orgUnits.byId());
		model.addAttribute("contacts",
				java.util.stream.IntStream.rangeClosed(2, 4)
					.mapToObj((tier) -> new TierContact(tier, staff.get(unit.contact(tier))))
					.toList());
		return "identity/org-unit";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		OrgUnitView unit = this.organisation.unit(id);
		Map<Long, StaffView> staff = staffById();
		OrgUnitForm form = new OrgUnitForm();
		form.setParentId(unit.parentId());
		form.setKind(unit.kind());
		form.setNameZh(unit.nameZh());
		form.setNameEn(unit.nameEn());
		form.setAreas(String.join("\n", unit.areas()));
		form.setTier2WorkNumber(workNumber(unit, 2, staff));
		form.setTier3WorkNumber(workNumber(unit, 3, staff));
		form.setTier4WorkNumber(workNumber(unit, 4, staff));
		form.setVersion(unit.version());
		return form(unit, form, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("unitForm") OrgUnitForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal admin, Model model, Locale locale, RedirectAttributes redirect) {
		OrgUnitView unit = this.organisation.unit(id);
		this.organisation.validate(form, id, result);
		if (!result.hasErrors()) {
			try {
				OrganisationAdministration.Refusal refusal = this.organisation.update(id, form, admin);
				if (refusal == null) {
					redirect.addFlashAttribute("notice", "orgUnit.notice.saved");
					return "redirect:/admin/org-units/" + id;
				}
				result.rejectValue("parentId", refusal.messageKey(),
						new Object[] { refusal.count(), where(refusal, locale) }, null);
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
		}
		return form(unit, form, model);
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal PortalPrincipal admin,
			Locale locale, RedirectAttributes redirect) {
		try {
			OrganisationAdministration.Refusal refusal = this.organisation.close(id, version, admin);
			if (refusal != null) {
				redirect.addFlashAttribute("refusal", this.messages.getMessage(refusal.messageKey(),
						new Object[] { refusal.count(), where(refusal, locale) }, locale));
				return "redirect:/admin/org-units/" + id;
			}
			redirect.addFlashAttribute("notice", "orgUnit.notice.closed");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("problem", "validation.stale");
		}
		return "redirect:/admin/org-units/" + id;
	}

	/** Who answers a tier, {@code null} person when nobody is named. */
	record TierContact(int tier, StaffView person) {
	}

	private String where(OrganisationAdministration.Refusal refusal, Locale locale) {
		Map<Long, OrgUnit> units = this.orgUnits.byId();
		String separator = this.messages.getMessage("orgUnit.where.separator", null, locale);
		return refusal.where()
			.entrySet()
			.stream()
			.map((entry) -> this.messages.getMessage("orgUnit.where.item",
					new Object[] { units.get(entry.getKey()).name(locale), entry.getValue() }, locale))
			.collect(Collectors.joining(separator));
	}

	private Map<Long, StaffView> staffById() {
		return this.staff.all().stream().collect(Collectors.toMap(StaffView::id, (person) -> person));
	}

	private static String workNumber(OrgUnitView unit, int tier, Map<Long, StaffView> staff) {
		Long id = unit.tierContacts().get(tier);
		return (id != null && staff.containsKey(id)) ? staff.get(id).workNumber() : null;
	}

	private String form(OrgUnitView unit, OrgUnitForm form, Model model) {
		model.addAttribute("unit", unit);
		model.addAttribute("unitForm", form);
		model.addAttribute("parents", this.orgUnits.all());
		model.addAttribute("kinds",
				java.util.List.of("HEAD_OFFICE", "SERVICE_CENTRE", "DISTRICT", "COUNTER", "STATION"));
		return FORM;
	}

}
