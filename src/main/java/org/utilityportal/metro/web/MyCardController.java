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
import org.utilityportal.metro.TransitCards;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * A customer's transit card statement, month by month. Only their own metro accounts: any
 * other account number answers 404.
 */
@Controller
@RequestMapping("/my/metro")
@RequiredArgsConstructor
class MyCardController {

	private final TransitCards cards;

	@GetMapping("/{accountNumber}")
	String statement(@PathVariable String accountNumber, @RequestParam(required = false) YearMonth month,
			@AuthenticationPrincipal PortalPrincipal customer, Model model) {
		YearMonth shown = (month != null) ? month : this.cards.thisMonth();
		model.addAttribute("statement", this.cards.forCustomer(customer.requireCustomerId(), accountNumber, shown));
		model.addAttribute("thisMonth", this.cards.thisMonth());
		model.addAttribute("base", "/my/metro/" + accountNumber);
		model.addAttribute("back", "/my/accounts/" + accountNumber);
		return "metro/statement";
	}

}
