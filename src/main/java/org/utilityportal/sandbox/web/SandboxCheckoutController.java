package org.utilityportal.sandbox.web;

import java.time.Clock;

import lombok.RequiredArgsConstructor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.utilityportal.sandbox.internal.SandboxNotifier;
import org.utilityportal.sandbox.internal.SandboxProvider;
import org.utilityportal.sandbox.internal.SandboxTransaction;
import org.utilityportal.shared.web.NotFoundException;

/**
 * The sandbox provider's checkout page: the customer sees the merchant's order and pays
 * or cancels. Paying notifies the merchant, then sends the customer back to the
 * merchant's return address, as a real provider's page does.
 */
@Controller
@RequestMapping("/sandbox-pay/checkout/{txnId}")
@ConditionalOnBooleanProperty("portal.payments.sandbox.enabled")
@RequiredArgsConstructor
class SandboxCheckoutController {

	private final SandboxProvider provider;

	private final SandboxNotifier notifier;

	private final Clock clock;

	@GetMapping
	String checkout(@PathVariable String txnId, Model model) {
		SandboxTransaction transaction = this.provider.transaction(txnId)
			.orElseThrow(() -> new NotFoundException("Transaction"));
		model.addAttribute("transaction", transaction);
		model.addAttribute("payable", transaction.isPayable(this.clock.instant()));
		return "sandbox/checkout";
	}

	@PostMapping
	String decide(@PathVariable String txnId, @RequestParam(defaultValue = "cancel") String action) {
		SandboxTransaction transaction = this.provider.transaction(txnId)
			.orElseThrow(() -> new NotFoundException("Transaction"));
		if ("pay".equals(action)) {
			if (this.provider.pay(txnId)) {
				this.notifier.notifyMerchant(txnId, transaction.getNotifyUrl());
			}
		}
		else {
			this.provider.cancel(txnId);
		}
		return "redirect:" + transaction.getReturnUrl();
	}

}
