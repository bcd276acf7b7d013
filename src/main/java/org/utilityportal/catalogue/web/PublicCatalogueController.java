package org.utilityportal.catalogue.web;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.utilityportal.catalogue.Catalogue;
import org.utilityportal.catalogue.CatalogueEntry;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.web.NotFoundException;

/** The public catalogue of each utility's services, in both languages; no sign-in. */
@Controller
@RequestMapping("/public/catalogue")
@RequiredArgsConstructor
class PublicCatalogueController {

	private final Catalogue catalogue;

	@GetMapping
	String list(@RequestParam(required = false) Utility utility, Model model) {
		List<CatalogueEntry> entries = this.catalogue.inForce()
			.stream()
			.filter((entry) -> utility == null || entry.utility() == utility)
			.toList();
		model.addAttribute("entries", entries);
		model.addAttribute("utility", utility);
		model.addAttribute("utilities", Utility.values());
		return "catalogue/public-list";
	}

	@GetMapping("/{code}")
	String service(@PathVariable String code, Model model) {
		model.addAttribute("entry",
				this.catalogue.inForce(code).orElseThrow(() -> new NotFoundException("Service " + code)));
		return "catalogue/public-service";
	}

}
