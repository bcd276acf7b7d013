package org.utilityportal.metro.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.utilityportal.metro.FareQuote;
import org.utilityportal.metro.MetroFares;
import org.utilityportal.metro.MetroNetwork;

/**
 * The public metro page: lines with their stations and first and last trains, the fares
 * in force, and a fare calculator between two stations that works as a plain GET form. No
 * sign-in needed.
 */
@Controller
@RequestMapping("/public/metro")
@RequiredArgsConstructor
class PublicMetroController {

	private final MetroNetwork network;

	private final MetroFares fares;

	private final Clock clock;

	@GetMapping
	String page(@ModelAttribute("fare") FareForm form, BindingResult result, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("today", today);
		model.addAttribute("lines", this.network.lines());
		model.addAttribute("inForce", this.fares.inForce(today).orElse(null));
		model.addAttribute("upcoming", this.fares.upcoming(today));
		if (form.getFrom() == null && form.getTo() == null) {
			return "metro/public";
		}
		check(form.getFrom(), "from", result);
		check(form.getTo(), "to", result);
		if (result.hasErrors()) {
			return "metro/public";
		}
		Optional<FareQuote> quote = this.fares.quote(form.getFrom(), form.getTo(), today);
		if (quote.isEmpty()) {
			result.reject("metro.fare.none");
			return "metro/public";
		}
		model.addAttribute("quote", quote.get());
		return "metro/public";
	}

	private void check(String code, String field, BindingResult result) {
		if (code == null || code.isBlank()) {
			result.rejectValue(field, "validation.required");
		}
		else if (this.network.station(code).isEmpty()) {
			result.rejectValue(field, "metro.fare.unknownStation");
		}
	}

}
