package org.utilityportal.billing.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.billing.LateCharges;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Administrators read the late-payment charge's rules in force and set new ones from a
 * future day (recorded with who and why).
 */
@Controller
@RequestMapping("/admin/late-charges")
@RequiredArgsConstructor
class AdminLateChargeController {

	private final LateCharges lateCharges;

	@GetMapping
	String page(Model model) {
		model.addAttribute("versions", this.lateCharges.versions());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Map.of());
		}
		return "billing/late-charges";
	}

	@PostMapping
	String set(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(defaultValue = "") String residential, @RequestParam(defaultValue = "") String otherCurrent,
			@RequestParam(defaultValue = "") String otherEarlier, @RequestParam(defaultValue = "") String graceDays,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal PortalPrincipal admin, Model model,
			RedirectAttributes redirect) {
		var errors = new MapBindingResult(new HashMap<>(), "lateCharge");
		this.lateCharges.set(effectiveFrom, residential, otherCurrent, otherEarlier, graceDays, reason,
				admin.username(), errors);
		if (errors.hasErrors()) {
			Map<String, String> fieldErrors = new HashMap<>();
			errors.getFieldErrors().forEach((error) -> fieldErrors.put(error.getField(), error.getCode()));
			model.addAttribute("errors", fieldErrors);
			Map<String, Object> form = new HashMap<>();
			form.put("effectiveFrom", effectiveFrom);
			form.put("residential", residential);
			form.put("otherCurrent", otherCurrent);
			form.put("otherEarlier", otherEarlier);
			form.put("graceDays", graceDays);
			form.put("reason", reason);
			model.addAttribute("form", form);
			return page(model);
		}
		redirect.addFlashAttribute("notice", "lateCharge.notice.set");
		return "redirect:/admin/late-charges";
	}

}
