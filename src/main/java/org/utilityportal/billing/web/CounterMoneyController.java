package org.utilityportal.billing.web;

import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.utilityportal.billing.CashierDays;
import org.utilityportal.billing.Refunds;
import org.utilityportal.billing.Reversals;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * The clerk's side of putting money right: asking for the reversal of a wrong payment,
 * asking for a refund of credit and recording its payout, and closing the day (日结).
 */
@Controller
@RequestMapping("/counter")
@RequiredArgsConstructor
class CounterMoneyController {

	private final Reversals reversals;

	private final Refunds refunds;

	private final CashierDays cashierDays;

	private final ServiceAccounts accounts;

	@PostMapping("/receipts/{receiptNumber}/reversal")
	String requestReversal(@PathVariable String receiptNumber, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal PortalPrincipal clerk, RedirectAttributes redirect) {
		String text = reason.strip();
		String refusal = (text.isEmpty() || text.length() > 300) ? "reversal.error.reason"
				: this.reversals.request(receiptNumber, text, clerk.username());
		redirect.addFlashAttribute((refusal != null) ? "problem" : "notice",
				(refusal != null) ? refusal : "reversal.notice.requested");
		return "redirect:/counter/receipts/" + receiptNumber + "#reversal";
	}

	@PostMapping("/accounts/{accountId}/refunds")
	String requestRefund(@PathVariable long accountId, @RequestParam(required = false) String amount,
			@RequestParam(defaultValue = "CASH") String payout, @RequestParam(defaultValue = "") String payeeAccount,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal PortalPrincipal clerk,
			RedirectAttributes redirect) {
		this.accounts.view(accountId);
		Money money = CounterBillingController.parse(amount);
		boolean cash = !"BANK_TRANSFER".equals(payout);
		String payee = payeeAccount.replaceAll("\\s", "");
		String problem = null;
		if (money == null || !money.isPositive() || money.compareTo(this.refunds.refundable(accountId)) > 0) {
			problem = "refund.error.amount";
		}
		else if (!cash && !payee.matches("[0-9]{8,30}")) {
			problem = "refund.error.payee";
		}
		else if (reason.isBlank() || reason.length() > 300) {
			problem = "refund.error.reason";
		}
		if (problem != null) {
			redirect.addFlashAttribute("refundProblem", problem);
			return "redirect:/counter/accounts/" + accountId + "/billing#refunds";
		}
		String number = this.refunds.request(accountId, money, cash, payee, reason, clerk.username());
		redirect.addFlashAttribute("notice", "refund.notice.requested");
		redirect.addFlashAttribute("refundNumber", number);
		return "redirect:/counter/accounts/" + accountId + "/billing#refunds";
	}

	@PostMapping("/refunds/{refundNumber}/payout")
	String payout(@PathVariable String refundNumber, @RequestParam long version,
			@RequestParam(defaultValue = "") String reference, @AuthenticationPrincipal PortalPrincipal clerk,
			RedirectAttributes redirect) {
		long accountId = this.refunds.refund(refundNumber).accountId();
		String refusal;
		if (reference.isBlank() || reference.length() > 60) {
			refusal = "refund.error.reference";
		}
		else {
			try {
				refusal = this.refunds.paidOut(refundNumber, version, reference, clerk.username());
			}
			catch (StaleEditException | IllegalStateException ex) {
				refusal = "validation.stale";
			}
		}
		redirect.addFlashAttribute((refusal != null) ? "refundProblem" : "notice",
				(refusal != null) ? refusal : "refund.notice.paid");
		return "redirect:/counter/accounts/" + accountId + "/billing#refunds";
	}

	@GetMapping("/day-end")
	String dayEnd(@AuthenticationPrincipal PortalPrincipal clerk, Model model) {
		LocalDate today = this.cashierDays.today();
		model.addAttribute("day", today);
		model.addAttribute("takings", this.cashierDays.takings(clerk.username(), today));
		model.addAttribute("dayEnd", this.cashierDays.of(clerk.username(), today).orElse(null));
		return "billing/day-end";
	}

	@PostMapping("/day-end")
	String closeDay(@RequestParam(required = false) String countedCash, @RequestParam(defaultValue = "") String note,
			@AuthenticationPrincipal PortalPrincipal clerk, Model model, RedirectAttributes redirect) {
		Money counted = CounterBillingController.parse(countedCash);
		if (counted == null || counted.isNegative() || note.length() > 300) {
			model.addAttribute("countedCashError", "dayEnd.error.counted");
			model.addAttribute("countedCash", countedCash);
			model.addAttribute("note", note);
			return dayEnd(clerk, model);
		}
		try {
			this.cashierDays.close(clerk.username(), this.cashierDays.today(), counted, note);
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("problem", "dayEnd.error.closed");
			return "redirect:/counter/day-end";
		}
		redirect.addFlashAttribute("notice", "dayEnd.notice.closed");
		return "redirect:/counter/day-end";
	}

}
