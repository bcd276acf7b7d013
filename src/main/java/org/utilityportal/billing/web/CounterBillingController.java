package org.utilityportal.billing.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.billing.Adjustments;
import org.utilityportal.billing.BillingPanel;
import org.utilityportal.billing.BillingPanels;
import org.utilityportal.billing.DayClosedException;
import org.utilityportal.billing.Bills;
import org.utilityportal.billing.PaymentMethod;
import org.utilityportal.billing.OpeningBalances;
import org.utilityportal.billing.OpeningYearConsumptions;
import org.utilityportal.billing.Payments;
import org.utilityportal.billing.Refunds;
import org.utilityportal.billing.Reversals;
import org.utilityportal.customer.CustomerRecords;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.PdfRenderer;
import org.utilityportal.shared.web.Times;

/**
 * The counter's billing desk for one account: its bills, balance and ledger, taking a
 * payment (cash, card, transfer), receipts with their reversals, refunds of credit, what
 * other modules add (direct debit), and asking for a correction of a bill.
 */
@Controller
@RequestMapping("/counter")
@RequiredArgsConstructor
class CounterBillingController {

	private final Bills bills;

	private final Payments payments;

	private final OpeningBalances openingBalances;

	private final OpeningYearConsumptions openingYears;

	private final Adjustments adjustments;

	private final Reversals reversals;

	private final Refunds refunds;

	private final BillingPanels panels;

	private final ServiceAccounts accounts;

	private final CustomerRecords customers;

	private final PdfRenderer pdf;

	private final Times times;

	/** How many ledger entries the billing desk shows. */
	private static final int LEDGER_LINES = 60;

	@GetMapping("/accounts/{accountId}/billing")
	String account(@PathVariable long accountId, @AuthenticationPrincipal PortalPrincipal staff, Model model) {
		return accountPage(accountId, staff, model);
	}

	private String accountPage(long accountId, PortalPrincipal staff, Model model) {
		ServiceAccountView account = this.accounts.view(accountId);
		model.addAttribute("account", account);
		model.addAttribute("customer",
				this.customers.viewedBy(account.customerId(), staff, AccessChannel.WEB, "billing " + accountId));
		model.addAttribute("bills", this.bills.ofAccount(accountId));
		model.addAttribute("receipts", this.payments.ofAccount(accountId));
		model.addAttribute("balance", this.payments.balance(accountId));
		model.addAttribute("ledger", this.payments.ledger(accountId, LEDGER_LINES));
		model.addAttribute("refunds", this.refunds.ofAccount(accountId));
		model.addAttribute("refundable", this.refunds.refundable(accountId));
		model.addAttribute("panels", this.panels.render(BillingPanel.Place.COUNTER_ACCOUNT, accountId, null, staff));
		model.addAttribute("openingBalance", this.openingBalances.of(accountId).orElse(null));
		model.addAttribute("openingYear", this.openingYears.of(accountId).orElse(null));
		model.addAttribute("methods", PaymentMethod.COUNTER);
		model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
		return "billing/account";
	}

	@PostMapping("/accounts/{accountId}/payments")
	String pay(@PathVariable long accountId, @RequestParam(required = false) String amount,
			@RequestParam PaymentMethod method, @RequestParam String idempotencyKey,
			@AuthenticationPrincipal PortalPrincipal staff, Model model, RedirectAttributes redirect) {
		if (!Payments.isIdempotencyKey(idempotencyKey)) {
			// The form carries a key the portal made; another one is not a person's
			// typing.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "idempotencyKey");
		}
		Money money = parse(amount);
		if (money == null || !money.isPositive() || !PaymentMethod.COUNTER.contains(method)) {
			model.addAttribute("amountError", "payment.error.amount");
			model.addAttribute("amount", amount);
			return accountPage(accountId, staff, model);
		}
		String receipt;
		try {
			receipt = this.payments.take(accountId, money, method, "counter-" + idempotencyKey, staff.username());
		}
		catch (DayClosedException ex) {
			model.addAttribute("amountError", "payment.error.dayClosed");
			model.addAttribute("amount", amount);
			return accountPage(accountId, staff, model);
		}
		redirect.addFlashAttribute("notice", "payment.notice.taken");
		return "redirect:/counter/receipts/" + receipt;
	}

	@GetMapping("/receipts/{receiptNumber}")
	String receipt(@PathVariable String receiptNumber, @AuthenticationPrincipal PortalPrincipal staff, Model model) {
		var receipt = this.payments.receipt(receiptNumber);
		this.customers.viewedBy(receipt.customerId(), staff, AccessChannel.WEB, "receipt " + receiptNumber);
		model.addAttribute("receipt", receipt);
		model.addAttribute("reversals", this.reversals.ofReceipt(receiptNumber));
		model.addAttribute("staffView", true);
		return "billing/receipt";
	}

	@GetMapping("/receipts/{receiptNumber}.pdf")
	ResponseEntity<byte[]> receiptPdf(@PathVariable String receiptNumber,
			@AuthenticationPrincipal PortalPrincipal staff, Locale locale) {
		var receipt = this.payments.receipt(receiptNumber);
		this.customers.viewedBy(receipt.customerId(), staff, AccessChannel.WEB, "receipt pdf " + receiptNumber);
		return CustomerBillsController.pdf("receipt-" + receiptNumber + ".pdf", this.pdf.render("billing/receipt-pdf",
				Map.of("receipt", receipt, "paidAt", this.times.precise(receipt.paidAt())), locale));
	}

	@GetMapping("/bills/{billNumber}")
	String bill(@PathVariable String billNumber, @AuthenticationPrincipal PortalPrincipal staff, Model model) {
		model.addAttribute("page", this.bills.forStaff(billNumber, staff, AccessChannel.WEB));
		model.addAttribute("staffView", true);
		return "billing/bill";
	}

	@PostMapping("/bills/{billNumber}/adjustments")
	String requestAdjustment(@PathVariable String billNumber, @RequestParam(defaultValue = "CREDIT") String kind,
			@RequestParam(required = false) String amount, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal PortalPrincipal staff, Model model, RedirectAttributes redirect) {
		Money money = parse(amount);
		boolean amountOk = money != null && money.isPositive();
		boolean reasonOk = !reason.isBlank() && reason.length() <= 300;
		if (!amountOk || !reasonOk) {
			model.addAttribute("adjustmentAmountError", amountOk ? null : "adjustment.error.amount");
			model.addAttribute("adjustmentReasonError", reasonOk ? null : "adjustment.error.reason");
			model.addAttribute("adjustmentAmount", amount);
			model.addAttribute("adjustmentReason", reason);
			return bill(billNumber, staff, model);
		}
		this.adjustments.request(billNumber, "CREDIT".equals(kind), money, reason, staff);
		redirect.addFlashAttribute("notice", "adjustment.notice.requested");
		return "redirect:/counter/bills/" + billNumber + "#adjustments";
	}

	static Money parse(String amount) {
		try {
			BigDecimal value = new BigDecimal(amount.strip());
			return (value.scale() <= 2 && value.compareTo(Payments.LIMIT) < 0) ? new Money(value) : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
