package org.utilityportal.billing.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.utilityportal.billing.BillPage;
import org.utilityportal.billing.BillingPanel;
import org.utilityportal.billing.BillingPanels;
import org.utilityportal.billing.Bills;
import org.utilityportal.billing.WhatIfs;
import org.utilityportal.billing.PaymentReceipt;
import org.utilityportal.billing.Payments;
import org.utilityportal.billing.OpeningBalances;
import org.utilityportal.billing.Rechecks;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.PdfRenderer;
import org.utilityportal.shared.web.Times;

/**
 * A customer's bills: the list, each bill line by line with its explanation and usage
 * history, its PDF, a re-check request, what other modules add (online payment), the
 * account's ledger and receipts. Only their own: any other bill, account or receipt
 * number answers 404.
 */
@Controller
@RequestMapping("/my")
@RequiredArgsConstructor
class CustomerBillsController {

	/** How many ledger entries the customer's ledger page shows. */
	private static final int LEDGER_LINES = 120;

	private final Bills bills;

	private final ServiceAccounts accounts;

	private final Payments payments;

	private final Rechecks rechecks;

	private final BillingPanels panels;

	private final WhatIfs whatIfs;

	private final OpeningBalances openingBalances;

	private final PdfRenderer pdf;

	private final Times times;

	@GetMapping("/bills")
	String list(@AuthenticationPrincipal PortalPrincipal customer, Model model) {
		model.addAttribute("bills", this.bills.ofCustomer(customer.requireCustomerId()));
		Map<Long, String> numbers = this.accounts.ofCustomer(customer.requireCustomerId())
			.stream()
			.collect(Collectors.toMap(ServiceAccountView::id, ServiceAccountView::accountNumber));
		model.addAttribute("openingBalances", this.openingBalances.ofAccounts(numbers.keySet()));
		model.addAttribute("accountNumbers", numbers);
		return "billing/my-bills";
	}

	@GetMapping("/bills/{billNumber}")
	String bill(@PathVariable String billNumber, @AuthenticationPrincipal PortalPrincipal customer, Model model) {
		BillPage page = this.bills.forCustomer(customer.requireCustomerId(), billNumber);
		model.addAttribute("page", page);
		model.addAttribute("panels",
				this.panels.render(BillingPanel.Place.CUSTOMER_BILL, page.bill().accountId(), page, customer));
		model.addAttribute("staffView", false);
		model.addAttribute("whatIf", this.whatIfs.forCustomer(page.account()).orElse(null));
		return "billing/bill";
	}

	@GetMapping(path = "/bills/{billNumber}.pdf")
	ResponseEntity<byte[]> billPdf(@PathVariable String billNumber, @AuthenticationPrincipal PortalPrincipal customer,
			Locale locale) {
		BillPage page = this.bills.forCustomer(customer.requireCustomerId(), billNumber);
		return pdf("bill-" + billNumber + ".pdf", this.pdf.render("billing/bill-pdf", Map.of("page", page), locale));
	}

	@PostMapping("/bills/{billNumber}/recheck")
	String recheck(@PathVariable String billNumber, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "RECHECK") String kind, @AuthenticationPrincipal PortalPrincipal customer,
			RedirectAttributes redirect) {
		// Someone else's bill is not found, whatever the reason says.
		this.bills.forCustomer(customer.requireCustomerId(), billNumber);
		String text = reason.strip();
		if (text.isEmpty() || text.length() > 500) {
			redirect.addFlashAttribute("problem", "recheck.error.reason");
			return "redirect:/my/bills/" + billNumber + "#recheck";
		}
		this.rechecks.request(customer.requireCustomerId(), billNumber, text, customer.username(),
				"COMPLAINT".equals(kind));
		redirect.addFlashAttribute("notice", "recheck.notice.sent");
		return "redirect:/my/bills/" + billNumber + "#recheck";
	}

	/**
	 * The account's ledger: every bill, payment, reversal and refund with the balance
	 * after it, down to the balance now.
	 */
	@GetMapping("/ledger/{accountNumber}")
	String ledger(@PathVariable String accountNumber, @AuthenticationPrincipal PortalPrincipal customer, Model model) {
		ServiceAccountView account = this.accounts.ownedBy(customer.requireCustomerId(), accountNumber);
		model.addAttribute("account", account);
		model.addAttribute("balance", this.payments.balance(account.id()));
		model.addAttribute("ledger", this.payments.ledger(account.id(), LEDGER_LINES));
		return "billing/ledger";
	}

	@GetMapping("/receipts/{receiptNumber}")
	String receipt(@PathVariable String receiptNumber, @AuthenticationPrincipal PortalPrincipal customer, Model model) {
		model.addAttribute("receipt", this.payments.receiptFor(customer.requireCustomerId(), receiptNumber));
		model.addAttribute("staffView", false);
		return "billing/receipt";
	}

	@GetMapping("/receipts/{receiptNumber}.pdf")
	ResponseEntity<byte[]> receiptPdf(@PathVariable String receiptNumber,
			@AuthenticationPrincipal PortalPrincipal customer, Locale locale) {
		PaymentReceipt receipt = this.payments.receiptFor(customer.requireCustomerId(), receiptNumber);
		return pdf("receipt-" + receiptNumber + ".pdf", this.pdf.render("billing/receipt-pdf",
				Map.of("receipt", receipt, "paidAt", this.times.precise(receipt.paidAt())), locale));
	}

	static ResponseEntity<byte[]> pdf(String filename, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(content);
	}

}
