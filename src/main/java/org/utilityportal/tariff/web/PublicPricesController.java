package org.utilityportal.tariff.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.utilityportal.tariff.Consumption;
import org.utilityportal.tariff.TariffStructure;
import org.utilityportal.tariff.Tariffs;

/**
 * The public price page: every published tariff in force and the ones announced, in both
 * languages, and an estimator that prices a consumption line by line. No sign-in needed.
 */
@Controller
@RequestMapping("/public/prices")
@RequiredArgsConstructor
class PublicPricesController {

	private final Tariffs tariffs;

	private final Clock clock;

	@GetMapping
	String prices(@Valid @ModelAttribute("estimate") EstimateForm form, BindingResult result, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		List<Tariffs.PublishedTariff> published = this.tariffs.published(today);
		model.addAttribute("published", published);
		model.addAttribute("today", today);
		if (form.getTariff() == null) {
			return "tariff/prices";
		}
		Tariffs.PublishedTariff chosen = published.stream()
			.filter((tariff) -> tariff.tariff().id() == form.getTariff() && tariff.inForce() != null)
			.findFirst()
			.orElse(null);
		if (chosen == null) {
			result.rejectValue("tariff", "estimate.noTariff");
			return "tariff/prices";
		}
		boolean bands = chosen.inForce().structure().energy().kind() == TariffStructure.EnergyKind.TIME_OF_USE;
		if (bands) {
			require(form.getPeak(), "peak", result);
			require(form.getFlat(), "flat", result);
			require(form.getValley(), "valley", result);
		}
		else {
			require(form.getConsumption(), "consumption", result);
		}
		if (result.hasErrors()) {
			return "tariff/prices";
		}
		Consumption consumption = bands ? Consumption.ofBands(form.getPeak(), form.getFlat(), form.getValley())
				: Consumption.of(form.getConsumption());
		model.addAttribute("chosen", chosen);
		model.addAttribute("charges", this.tariffs.estimate(chosen.tariff().id(), consumption, form.getMonths(),
				form.getYearToDate(), today.withDayOfMonth(1)));
		return "tariff/prices";
	}

	private static void require(Object value, String field, BindingResult result) {
		if (value == null && !result.hasFieldErrors(field)) {
			result.rejectValue(field, "validation.required");
		}
	}

}
