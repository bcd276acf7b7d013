package org.utilityportal.tariff.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.MapBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.ApiErrors;
import org.utilityportal.shared.web.NotFoundException;
import org.utilityportal.tariff.Charges;
import org.utilityportal.tariff.TariffStructure;
import org.utilityportal.tariff.TariffVersionForm;
import org.utilityportal.tariff.TariffVersionView;
import org.utilityportal.tariff.Tariffs;

/**
 * Tariffs over JSON: anyone reads the published prices; price officers draft and publish.
 */
@RestController
@RequestMapping("/api/v1/tariffs")
@RequiredArgsConstructor
@Tag(name = "Tariffs")
class TariffApiController {

	private final Tariffs tariffs;

	private final MessageSource messages;

	private final Clock clock;

	private final jakarta.validation.Validator validator;

	/** The field of the request each problem of a structure is about. */
	private static final Map<String, String> PROBLEM_FIELDS = Map.of("tariff.problem.tax", "structure.tax.rate",
			"tariff.problem.price", "structure.energy.price", "tariff.problem.tiers", "structure.energy.tiers",
			"tariff.problem.bands", "structure.energy.bands", "tariff.problem.tierBands", "structure.energy.tiers",
			"tariff.problem.seasonBounds", "structure.energy.tiers", "tariff.problem.seasonMonths",
			"structure.seasonMonths", "tariff.problem.basicCharge", "structure.basicCharge", "tariff.problem.charges",
			"structure.fixedCharges");

	@GetMapping
	@Operation(summary = "Every published tariff in force today and the published changes to come (no sign-in)")
	List<Tariffs.PublishedTariff> published() {
		return this.tariffs.published(LocalDate.now(this.clock))
			.stream()
			.map((published) -> new Tariffs.PublishedTariff(withoutDrafts(published), published.inForce(),
					published.upcoming()))
			.toList();
	}

	@GetMapping("/{tariffId}/estimate")
	@Operation(summary = "Estimate the charges of a consumption under the tariff in force on 'from' (default: the "
			+ "1st of this month; no sign-in): consumption or peak/flat/valley, months, yearToDate; two-part: "
			+ "basicChargeBasis with contractedKva or maxDemand; powerFactorStandard with reactive. 404 when no "
			+ "version is in force then")
	ResponseEntity<?> estimate(@PathVariable long tariffId, @Valid @ModelAttribute EstimateForm form,
			BindingResult result, Locale locale) {
		LocalDate from = (form.getFrom() != null) ? form.getFrom() : LocalDate.now(this.clock).withDayOfMonth(1);
		TariffStructure structure = this.tariffs.inForce(tariffId, from)
			.orElseThrow(() -> new NotFoundException("Tariff version"))
			.structure();
		form.check(structure, result);
		if (result.hasErrors()) {
			return ApiErrors.of(result, this.messages, locale);
		}
		try {
			return ResponseEntity
				.ok(new Estimate(from, from.plusMonths(form.getMonths()), this.tariffs.estimate(tariffId,
						form.consumption(structure), form.terms(), form.getMonths(), form.getYearToDate(), from)));
		}
		catch (IllegalArgumentException ex) {
			result.reject("estimate.doesNotFit");
			return ApiErrors.of(result, this.messages, locale);
		}
	}

	@PostMapping("/{tariffId}/versions")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Save a draft version of a tariff (price officers)")
	ResponseEntity<?> draft(@PathVariable long tariffId, @RequestBody DraftRequest request,
			@AuthenticationPrincipal PortalPrincipal officer, Locale locale) {
		var errors = new MapBindingResult(new java.util.HashMap<>(), "draft");
		if (request.effectiveFrom() == null) {
			errors.rejectValue("effectiveFrom", "validation.required");
		}
		if (request.documentNumber() == null || request.documentNumber().isBlank()) {
			errors.rejectValue("documentNumber", "validation.required");
		}
		else if (!this.validator.validateValue(TariffVersionForm.class, "documentNumber", request.documentNumber())
			.isEmpty()) {
			errors.rejectValue("documentNumber", "api.error.tooLong");
		}
		if (request.documentDate() == null) {
			errors.rejectValue("documentDate", "validation.required");
		}
		if (request.structure() == null) {
			errors.rejectValue("structure", "tariff.problem.incomplete");
		}
		else {
			request.structure()
				.problems()
				.forEach((problem) -> errors.rejectValue(PROBLEM_FIELDS.getOrDefault(problem, "structure"), problem));
		}
		if (errors.hasErrors()) {
			return ApiErrors.of(errors, this.messages, locale);
		}
		TariffVersionForm form = new TariffVersionForm();
		form.setEffectiveFrom(request.effectiveFrom());
		form.setDocumentNumber(request.documentNumber());
		form.setDocumentDate(request.documentDate());
		long id = this.tariffs.draftStructure(tariffId, form, request.structure(), officer);
		return ResponseEntity.status(HttpStatus.CREATED).body(this.tariffs.version(id));
	}

	@PostMapping("/versions/{versionId}/publish")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Publish a draft (by an officer who did not write it)")
	ResponseEntity<?> publish(@PathVariable long versionId, @AuthenticationPrincipal PortalPrincipal officer,
			Locale locale) {
		TariffVersionView draft = this.tariffs.version(versionId);
		String refusal = this.tariffs.publish(versionId, draft.version(), officer);
		if (refusal != null) {
			return ResponseEntity.unprocessableContent()
				.body(Map.of("error", this.messages.getMessage(refusal, null, locale)));
		}
		return ResponseEntity.ok(this.tariffs.version(versionId));
	}

	private static org.utilityportal.tariff.TariffView withoutDrafts(Tariffs.PublishedTariff published) {
		var tariff = published.tariff();
		return new org.utilityportal.tariff.TariffView(tariff.id(), tariff.utility(), tariff.category(),
				tariff.nameZh(), tariff.nameEn(),
				tariff.versions().stream().filter(TariffVersionView::isPublished).toList(), tariff.unit(),
				tariff.retiredOn(), tariff.version());
	}

	/**
	 * An estimate: the period priced and its charges (lines with quantity × price =
	 * amount, their total, the year's consumption at the end).
	 *
	 * @param from first day
	 * @param to day after the last day
	 * @param charges the lines and total
	 */
	record Estimate(LocalDate from, LocalDate to, Charges charges) {
	}

	/**
	 * A draft sent by a price officer.
	 *
	 * @param effectiveFrom first day of the prices
	 * @param documentNumber the approving price document
	 * @param documentDate its date
	 * @param structure the prices
	 */
	record DraftRequest(LocalDate effectiveFrom, String documentNumber, LocalDate documentDate,
			TariffStructure structure) {
	}

}
