package org.utilityportal.metro.web;

import java.time.YearMonth;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.metro.CardStatement;
import org.utilityportal.metro.TransitCards;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * The counter's view of a transit card statement; every view is written to the access
 * log.
 */
@Controller
@RequestMapping("/counter/metro")
@RequiredArgsConstructor
class CounterCardController {

	private final TransitCards cards;

	@GetMapping("/accounts/{accountId}")
	String statement(@PathVariable long accountId, @RequestParam(required = false) YearMonth month,
			@AuthenticationPrincipal PortalPrincipal staff, Model model) {
		YearMonth shown = (month != null) ? month : this.cards.thisMonth();
		CardStatement statement = this.cards.forStaff(accountId, shown, staff, AccessChannel.WEB);
		model.addAttribute("statement", statement);
		model.addAttribute("thisMonth", this.cards.thisMonth());
		model.addAttribute("base", "/counter/metro/accounts/" + accountId);
		model.addAttribute("back", "/counter/customers/" + statement.customerId());
		return "metro/statement";
	}

}
