package org.utilityportal.billing.web;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.billing.Arrears;
import org.utilityportal.billing.BillView;
import org.utilityportal.billing.Bills;
import org.utilityportal.customer.CustomerRecords;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * The written arrears reminder of an account as a letter the counter prints on A4 and
 * hands over: the newest reminder, the bills that were overdue when it was written, how
 * to pay. Opening it is a staff view of the customer (logged).
 */
@Controller
@RequiredArgsConstructor
class ReminderController {

	private final Arrears arrears;

	private final Bills bills;

	private final ServiceAccounts accounts;

	private final CustomerRecords customers;

	@GetMapping("/counter/accounts/{accountId}/reminder")
	String reminder(@PathVariable long accountId, @AuthenticationPrincipal PortalPrincipal staff, Model model) {
		ServiceAccountView account = this.accounts.view(accountId);
		model.addAttribute("account", account);
		model.addAttribute("customer",
				this.customers.viewedBy(account.customerId(), staff, AccessChannel.WEB, "reminder " + accountId));
		List<Arrears.Reminder> reminders = this.arrears.reminders(accountId);
		model.addAttribute("reminders", reminders);
		if (!reminders.isEmpty()) {
			Arrears.Reminder latest = reminders.getFirst();
			List<BillView> unpaid = this.bills.ofAccount(accountId)
				.stream()
				.filter((bill) -> !bill.dueDate().isBefore(latest.oldestDue()))
				.filter((bill) -> !bill.dueDate().isAfter(latest.issuedOn()))
				.toList();
			model.addAttribute("latest", latest);
			model.addAttribute("bills", unpaid);
		}
		return "billing/reminder";
	}

}
