package org.utilityportal.payment.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.utilityportal.billing.Payments;
import org.utilityportal.payment.OrderView;
import org.utilityportal.payment.PaymentOrders;
import org.utilityportal.payment.PaymentProvider;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * A customer pays a bill online: the portal opens an order and sends the customer to the
 * provider's page; the provider sends them back to the order's page, which shows whether
 * the provider confirmed the payment (and lets them ask again).
 */
@Slf4j
@Controller
@RequestMapping("/my/payments")
@RequiredArgsConstructor
class OnlinePaymentController {

	private final PaymentOrders orders;

	@PostMapping
	String pay(@RequestParam String billNumber, @RequestParam String provider, @RequestParam String token,
			@AuthenticationPrincipal PortalPrincipal customer, HttpServletRequest request,
			RedirectAttributes redirect) {
		if (!Payments.isIdempotencyKey(token)) {
			// The form carries a token the portal made; another one is not a person's
			// typing.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "token");
		}
		OrderView order;
		try {
			order = this.orders.create(customer.requireCustomerId(), List.of(billNumber), provider, "web-" + token,
					ServletUriComponentsBuilder.fromContextPath(request).toUriString(), customer.username());
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "order.error.nothingDue");
			return "redirect:/my/bills/" + billNumber;
		}
		catch (PaymentProvider.ProviderException ex) {
			log.warn("Provider {} refused an order: {}", provider, ex.getMessage());
			redirect.addFlashAttribute("problem", "order.error.provider");
			return "redirect:/my/bills/" + billNumber;
		}
		if (!order.isWaiting() || order.payUrl() == null) {
			return "redirect:/my/payments/" + order.orderNumber();
		}
		return "redirect:" + order.payUrl();
	}

	@GetMapping("/{orderNumber}")
	String order(@PathVariable String orderNumber, @AuthenticationPrincipal PortalPrincipal customer, Model model) {
		model.addAttribute("order", this.orders.forCustomer(customer.requireCustomerId(), orderNumber));
		return "payment/order";
	}

	@PostMapping("/{orderNumber}/refresh")
	String refresh(@PathVariable String orderNumber, @AuthenticationPrincipal PortalPrincipal customer,
			RedirectAttributes redirect) {
		this.orders.forCustomer(customer.requireCustomerId(), orderNumber);
		try {
			this.orders.refresh(orderNumber);
		}
		catch (PaymentProvider.ProviderException ex) {
			redirect.addFlashAttribute("problem", "order.error.provider");
		}
		return "redirect:/my/payments/" + orderNumber;
	}

}
