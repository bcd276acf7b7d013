package org.utilityportal.billing.web;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.audit.AccessLog;
import org.utilityportal.billing.Arrears;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * The counter's list of accounts in arrears, with reminders sent and legal-letter flags.
 */
@Controller
@RequiredArgsConstructor
class ArrearsController {

	private static final int PAGE_SIZE = 50;

	private final Arrears arrears;

	private final AccessLog accessLog;

	@GetMapping("/counter/arrears")
	String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal PortalPrincipal staff,
			Model model) {
		int current = Math.max(page, 0);
		var rows = this.arrears.list(current, PAGE_SIZE + 1);
		this.accessLog.record(staff, AccessAction.SEARCH, AccessChannel.WEB, null, null,
				"arrears list page " + current);
		model.addAttribute("rows", rows.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("page", current);
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		return "billing/arrears";
	}

}
