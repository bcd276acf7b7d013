package org.utilityportal.customer;

import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.utilityportal.customer.internal.Customer;
import org.utilityportal.customer.internal.CustomerChangeQueries;
import org.utilityportal.customer.internal.CustomerRepository;
import org.utilityportal.customer.internal.KeyAccountQueries;
import org.utilityportal.customer.internal.ServiceAccount;
import org.utilityportal.customer.internal.ServiceAccountRepository;
import org.utilityportal.identity.StaffDirectory;
import org.utilityportal.identity.StaffMember;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Reads customers into views. A whole customer page takes six statements: the customer
 * with its mobile numbers, the accounts, the manager assignments, the managers' names,
 * the contacts and the changes, whatever their number.
 */
@Component
@RequiredArgsConstructor
class CustomerPages {

	/** How many contacts and changes the page shows. */
	static final int RECENT = 50;

	private final CustomerRepository customers;

	private final ServiceAccountRepository accounts;

	private final KeyAccountQueries keyAccounts;

	private final CustomerChangeQueries history;

	private final StaffDirectory staff;

	CustomerPage page(long customerId) {
		CustomerDetails details = details(customerId);
		List<ServiceAccountView> accountViews = this.accounts.findByCustomer(customerId)
			.stream()
			.map(CustomerPages::view)
			.sorted(ServiceAccountView.DISPLAY_ORDER)
			.toList();
		List<KeyAccountQueries.AssignmentRow> assignments = this.keyAccounts.assignments(customerId);
		Map<Long, StaffMember> managers = this.staff
			.byIds(assignments.stream().map(KeyAccountQueries.AssignmentRow::managerId).distinct().toList());
		List<CustomerPage.Manager> managerViews = assignments.stream().map((row) -> {
			StaffMember manager = managers.get(row.managerId());
			return new CustomerPage.Manager(row.managerId(), (manager != null) ? manager.name() : "?",
					(manager != null) ? manager.workNumber() : null, (manager != null) ? manager.grade() : null,
					row.from(), row.until(), row.assignedBy());
		}).toList();
		List<CustomerPage.Contact> contacts = this.keyAccounts.contacts(customerId, RECENT)
			.stream()
			.map((row) -> new CustomerPage.Contact(row.kind(), row.contactedOn(), row.summary(), row.recordedBy(),
					row.recordedAt()))
			.toList();
		List<CustomerPage.Change> changes = this.history.changes(customerId, RECENT)
			.stream()
			.map((row) -> new CustomerPage.Change(row.changedAt(), row.changedBy(), row.accountNumber(), row.field(),
					row.oldValue(), row.newValue()))
			.toList();
		return new CustomerPage(details, accountViews, managerViews, contacts, changes);
	}

	CustomerDetails details(long customerId) {
		Customer customer = this.customers.findWithMobiles(customerId)
			.orElseThrow(() -> new NotFoundException("Customer"));
		return new CustomerDetails(customer.getId(), customer.getName(), customer.getKind(), customer.getIdType(),
				Masking.idNumber(customer.getIdNumber()), customer.getMobiles().stream().map(Masking::mobile).toList(),
				customer.getAddress(), customer.getPreferredLanguage(), customer.isKeyAccount(),
				customer.isVulnerable(), customer.isGreenChannel(), customer.getConsentPurpose(),
				customer.getConsentDate(), customer.getCreatedAt(), customer.getCreatedBy(), customer.getVersion());
	}

	static ServiceAccountView view(ServiceAccount account) {
		return new ServiceAccountView(account.getId(), account.getCustomerId(), account.getUtility(),
				account.getAccountNumber(), account.getServiceAddress(), account.getMeterNumber(),
				account.getTariffCategory(), account.getBillingCycle(), account.getTransitCardNumber(),
				account.getStatus(), account.getOpenedOn(), account.getClosedOn(), account.getCloseReason(),
				account.getVersion(), account.supplyTerms());
	}

}
