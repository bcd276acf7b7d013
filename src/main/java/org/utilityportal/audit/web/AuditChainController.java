package org.utilityportal.audit.web;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.audit.AuditChain;
import org.utilityportal.audit.ChainCheck;

/**
 * Administrators check the tamper-evident audit trail: every chain is walked from its
 * first record and the first record changed or removed is named.
 */
@Controller
@RequestMapping("/admin/audit-chain")
@RequiredArgsConstructor
class AuditChainController {

	private final AuditChain chain;

	@GetMapping
	String page(Model model) {
		if (!model.containsAttribute("checks")) {
			model.addAttribute("checks", List.of());
		}
		return "audit/chain";
	}

	@PostMapping("/verify")
	String verify(RedirectAttributes redirect) {
		List<ChainCheck> checks = this.chain.verify();
		redirect.addFlashAttribute("checks", checks);
		redirect.addFlashAttribute("allIntact", checks.stream().allMatch(ChainCheck::intact));
		return "redirect:/admin/audit-chain";
	}

}
