package org.utilityportal.billing.web;

import java.util.List;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.Setter;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.billing.WhatIfComparison;
import org.utilityportal.billing.WhatIfScenario;
import org.utilityportal.billing.WhatIfs;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.domain.BasicChargeBasis;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.tariff.TariffView;

/**
 * The counter's "what if": a customer's last twelve bills re-priced under another tariff
 * or option, month by month beside what was billed. A plain GET form; every view is in
 * the access log.
 */
@Controller
@RequiredArgsConstructor
class WhatIfController {

	private final WhatIfs whatIfs;

	private final ServiceAccounts accounts;

	@GetMapping("/counter/accounts/{accountId}/what-if")
	String whatIf(@PathVariable long accountId, @ModelAttribute("whatIfForm") WhatIfForm form, BindingResult result,
			@AuthenticationPrincipal PortalPrincipal staff, Model model) {
		ServiceAccountView account = this.accounts.view(accountId);
		List<TariffView> tariffs = this.whatIfs.tariffsFor(account);
		List<WhatIfScenario> options = this.whatIfs.options(account);
		model.addAttribute("account", account);
		model.addAttribute("tariffs", tariffs);
		model.addAttribute("options", options);
		model.addAttribute("bases", BasicChargeBasis.values());
		if (form.getTariff() != null && tariffs.stream().noneMatch((tariff) -> tariff.id() == form.getTariff())) {
			result.rejectValue("tariff", "whatIf.unknownTariff");
			this.accounts.viewedBy(accountId, staff, AccessChannel.WEB, "what-if");
			return "billing/what-if";
		}
		WhatIfScenario scenario = form.isSubmitted() ? form.scenario() : options.stream().findFirst().orElse(null);
		if (scenario != null) {
			WhatIfComparison comparison = this.whatIfs.forStaff(accountId, scenario, staff, AccessChannel.WEB);
			model.addAttribute("comparison", comparison);
		}
		else {
			// No comparison to log it: the page still shows the account.
			this.accounts.viewedBy(accountId, staff, AccessChannel.WEB, "what-if");
		}
		return "billing/what-if";
	}

	/** The counter's choice: a tariff (empty: the account's own) and options. */
	@Getter
	@Setter
	static class WhatIfForm {

		private Long tariff;

		private boolean singleRate;

		private BasicChargeBasis basis;

		private boolean submitted;

		WhatIfScenario scenario() {
			return new WhatIfScenario(this.tariff, this.singleRate, this.basis);
		}

	}

}
