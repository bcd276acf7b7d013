package org.utilityportal.billing.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.audit.AccessLog;
import org.utilityportal.billing.Arrears;
import org.utilityportal.billing.ArrearsNotice;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.Csv;
import org.utilityportal.shared.web.PdfRenderer;

/**
 * The counter's list of accounts in arrears, with reminders sent, suspension notices and
 * legal-letter flags; the legal-letter list and its CSV; the notices as PDFs.
 */
@Controller
@RequiredArgsConstructor
class ArrearsController {

	private static final int PAGE_SIZE = 50;

	private static final int CSV_ROWS = 100_000;

	private final Arrears arrears;

	private final AccessLog accessLog;

	private final ServiceAccounts accounts;

	private final PdfRenderer pdf;

	private final MessageSource messages;

	@GetMapping("/counter/arrears")
	String list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean legal,
			@AuthenticationPrincipal PortalPrincipal staff, Model model) {
		int current = Math.max(page, 0);
		var rows = this.arrears.list(current, PAGE_SIZE + 1, legal);
		this.accessLog.record(staff, AccessAction.SEARCH, AccessChannel.WEB, null, null,
				(legal ? "legal-letter list page " : "arrears list page ") + current);
		model.addAttribute("rows", rows.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("page", current);
		model.addAttribute("legal", legal);
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		return "billing/arrears";
	}

	@GetMapping("/counter/arrears/legal.csv")
	void legalCsv(@AuthenticationPrincipal PortalPrincipal staff, HttpServletResponse response, Locale locale)
			throws IOException {
		this.accessLog.record(staff, AccessAction.EXPORT, AccessChannel.WEB, null, null, "legal-letter list");
		PrintWriter out = Csv.download(response, "legal-letters.csv");
		out.println(String.join(",",
				java.util.stream.Stream
					.of("account.number", "customer.name", "arrears.balance", "arrears.oldestDue", "arrears.reminders")
					.map((key) -> Csv.cell(this.messages.getMessage(key, null, locale)))
					.toList()));
		for (Arrears.ArrearsRow row : this.arrears.list(0, CSV_ROWS, true)) {
			out.println(String.join(",", Csv.cell(row.accountNumber()), Csv.cell(row.customerName()),
					Csv.cell(row.balance().toString()), Csv.cell(row.oldestDue().toString()),
					Csv.cell(String.valueOf(row.reminders()))));
		}
		out.flush();
	}

	@GetMapping("/counter/arrears-notices/{noticeId}.pdf")
	ResponseEntity<byte[]> staffPdf(@PathVariable long noticeId, @AuthenticationPrincipal PortalPrincipal staff,
			Locale locale) {
		ArrearsNotice notice = this.arrears.notice(noticeId);
		this.accessLog.record(staff, AccessAction.VIEW, AccessChannel.WEB, notice.customerId(), null,
				"arrears notice " + noticeId);
		return pdf(notice, locale);
	}

	@GetMapping("/my/arrears-notices/{noticeId}.pdf")
	ResponseEntity<byte[]> customerPdf(@PathVariable long noticeId, @AuthenticationPrincipal PortalPrincipal customer,
			Locale locale) {
		return pdf(this.arrears.noticeFor(customer.requireCustomerId(), noticeId), locale);
	}

	private ResponseEntity<byte[]> pdf(ArrearsNotice notice, Locale locale) {
		return CustomerBillsController.pdf("notice-" + notice.number() + ".pdf",
				this.pdf.render("billing/arrears-notice-pdf",
						Map.of("notice", notice, "account", this.accounts.view(notice.accountId())), locale));
	}

}
