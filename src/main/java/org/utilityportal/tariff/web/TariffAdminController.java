package org.utilityportal.tariff.web;

import java.time.Clock;
import java.time.LocalDate;

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
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.tariff.TariffForm;
import org.utilityportal.tariff.TariffVersionForm;
import org.utilityportal.tariff.TariffVersionView;
import org.utilityportal.tariff.TariffView;
import org.utilityportal.tariff.Tariffs;

/** Price officers: tariffs, their versions, drafts and publishing. */
@Controller
@RequestMapping("/admin/tariffs")
@RequiredArgsConstructor
class TariffAdminController {

	private static final String FORM = "tariff/version-form";

	private final Tariffs tariffs;

	private final Clock clock;

	@GetMapping
	String list(Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("rows", this.tariffs.all()
			.stream()
			.map((tariff) -> new Row(tariff,
					tariff.versions()
						.stream()
						.filter((version) -> version.isPublished() && !version.effectiveFrom().isAfter(today))
						.findFirst()
						.orElse(null),
					tariff.versions().stream().filter((version) -> !version.isPublished()).count()))
			.toList());
		return "tariff/admin-list";
	}

	@GetMapping("/new")
	String newTariff(Model model) {
		return tariffForm(new TariffForm(), model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("tariffForm") TariffForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal officer, Model model, RedirectAttributes redirect) {
		this.tariffs.validate(form, result);
		if (result.hasErrors()) {
			return tariffForm(form, model);
		}
		long id = this.tariffs.create(form, officer);
		redirect.addFlashAttribute("notice", "tariff.notice.created");
		return "redirect:/admin/tariffs/" + id;
	}

	@PostMapping("/{tariffId}/retire")
	String retire(@PathVariable long tariffId, @RequestParam long version,
			@RequestParam(required = false) LocalDate retireFrom, RedirectAttributes redirect) {
		String refusal;
		try {
			refusal = this.tariffs.retire(tariffId, version, retireFrom);
		}
		catch (StaleEditException ex) {
			refusal = "validation.stale";
		}
		redirect.addFlashAttribute((refusal != null) ? "problem" : "notice",
				(refusal != null) ? refusal : "tariff.notice.retired");
		return "redirect:/admin/tariffs/" + tariffId;
	}

	@GetMapping("/{tariffId}")
	String tariff(@PathVariable long tariffId, Model model) {
		model.addAttribute("tariff", this.tariffs.tariff(tariffId));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "tariff/admin-tariff";
	}

	@GetMapping("/{tariffId}/versions/new")
	String newVersion(@PathVariable long tariffId, Model model) {
		TariffView tariff = this.tariffs.tariff(tariffId);
		TariffVersionForm form = tariff.versions()
			.stream()
			.filter(TariffVersionView::isPublished)
			.findFirst()
			.map(TariffVersionForm::from)
			.orElseGet(TariffVersionForm::new);
		form.setUnit(tariff.unit());
		form.setEffectiveFrom(LocalDate.now(this.clock).withDayOfMonth(1).plusMonths(1));
		form.setDocumentNumber("");
		form.setDocumentDate(null);
		form.setVersion(0);
		return form(tariff, null, form, model);
	}

	@PostMapping("/{tariffId}/versions")
	String createDraft(@PathVariable long tariffId, @Valid @ModelAttribute("versionForm") TariffVersionForm form,
			BindingResult result, @AuthenticationPrincipal PortalPrincipal officer, Model model,
			RedirectAttributes redirect) {
		TariffView tariff = this.tariffs.tariff(tariffId);
		check(form, result);
		refuseRetired(tariff, form, result);
		if (result.hasErrors()) {
			return form(tariff, null, form, model);
		}
		long id = this.tariffs.draft(tariffId, form, officer);
		redirect.addFlashAttribute("notice", "tariff.notice.drafted");
		return "redirect:/admin/tariffs/versions/" + id;
	}

	@GetMapping("/versions/{versionId}")
	String version(@PathVariable long versionId, Model model) {
		TariffVersionView version = this.tariffs.version(versionId);
		model.addAttribute("version", version);
		model.addAttribute("tariff", this.tariffs.tariff(version.tariffId()));
		return "tariff/admin-version";
	}

	@GetMapping("/versions/{versionId}/edit")
	String edit(@PathVariable long versionId, Model model) {
		TariffVersionView version = this.tariffs.version(versionId);
		return form(this.tariffs.tariff(version.tariffId()), version, TariffVersionForm.from(version), model);
	}

	@PostMapping("/versions/{versionId}")
	String update(@PathVariable long versionId, @Valid @ModelAttribute("versionForm") TariffVersionForm form,
			BindingResult result, @AuthenticationPrincipal PortalPrincipal officer, Model model,
			RedirectAttributes redirect) {
		TariffVersionView version = this.tariffs.version(versionId);
		check(form, result);
		refuseRetired(this.tariffs.tariff(version.tariffId()), form, result);
		if (!result.hasErrors()) {
			try {
				this.tariffs.updateDraft(versionId, form, officer);
				redirect.addFlashAttribute("notice", "tariff.notice.saved");
				return "redirect:/admin/tariffs/versions/" + versionId;
			}
			catch (StaleEditException ex) {
				result.reject("validation.stale");
			}
		}
		return form(this.tariffs.tariff(version.tariffId()), version, form, model);
	}

	@PostMapping("/versions/{versionId}/publish")
	String publish(@PathVariable long versionId, @RequestParam long version,
			@AuthenticationPrincipal PortalPrincipal officer, RedirectAttributes redirect) {
		String refusal;
		try {
			refusal = this.tariffs.publish(versionId, version, officer);
		}
		catch (StaleEditException ex) {
			refusal = "validation.stale";
		}
		redirect.addFlashAttribute((refusal != null) ? "problem" : "notice",
				(refusal != null) ? refusal : "tariff.notice.published");
		return "redirect:/admin/tariffs/versions/" + versionId;
	}

	@PostMapping("/versions/{versionId}/discard")
	String discard(@PathVariable long versionId, @RequestParam long version, RedirectAttributes redirect) {
		TariffVersionView draft = this.tariffs.version(versionId);
		try {
			this.tariffs.discard(versionId, version);
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("problem", "validation.stale");
			return "redirect:/admin/tariffs/versions/" + versionId;
		}
		redirect.addFlashAttribute("notice", "tariff.notice.discarded");
		return "redirect:/admin/tariffs/" + draft.tariffId();
	}

	/**
	 * A line of the tariff list: the tariff, its version in force and how many drafts it
	 * has.
	 */
	record Row(TariffView tariff, TariffVersionView inForce, long drafts) {
	}

	private static void check(TariffVersionForm form, BindingResult result) {
		form.checkRows(result);
		if (!result.hasErrors()) {
			form.structure().problems().forEach(result::reject);
		}
	}

	private static void refuseRetired(TariffView tariff, TariffVersionForm form, BindingResult result) {
		if (form.getEffectiveFrom() != null && !tariff.pricesOn(form.getEffectiveFrom())) {
			result.rejectValue("effectiveFrom", "tariff.validation.retired");
		}
	}

	private String tariffForm(TariffForm form, Model model) {
		model.addAttribute("tariffForm", form);
		model.addAttribute("utilities", java.util.List.of(org.utilityportal.shared.domain.Utility.ELECTRICITY,
				org.utilityportal.shared.domain.Utility.WATER, org.utilityportal.shared.domain.Utility.GAS));
		model.addAttribute("categories", org.utilityportal.shared.domain.TariffCategory.values());
		model.addAttribute("units", java.util.List.of(org.utilityportal.shared.money.Unit.KWH,
				org.utilityportal.shared.money.Unit.CUBIC_METRE));
		return "tariff/tariff-form";
	}

	private String form(TariffView tariff, TariffVersionView version, TariffVersionForm form, Model model) {
		model.addAttribute("tariff", tariff);
		model.addAttribute("version", version);
		model.addAttribute("versionForm", form);
		return FORM;
	}

}
