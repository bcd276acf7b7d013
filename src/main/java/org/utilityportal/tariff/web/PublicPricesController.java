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
import org.utilityportal.tariff.Tariffs;

/**
 * The public price page: every published tariff in force and the ones announced, in both
 * languages, and an estimator that prices a consumption line by line under any structure
 * (steps with or without time-of-use prices, two-part with a power-factor standard). No
 * sign-in needed.
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
		form.check(chosen.inForce().structure(), result);
		if (result.hasErrors()) {
			return "tariff/prices";
		}
		try {
			model.addAttribute("charges",
					this.tariffs.estimate(chosen.tariff().id(), form.consumption(chosen.inForce().structure()),
							form.terms(), form.getMonths(), form.getYearToDate(), today.withDayOfMonth(1)));
			model.addAttribute("chosen", chosen);
		}
		catch (IllegalArgumentException ex) {
			result.reject("estimate.doesNotFit");
		}
		return "tariff/prices";
	}

}
