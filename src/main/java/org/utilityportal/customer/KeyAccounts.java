package org.utilityportal.customer;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.customer.internal.CustomerChangeWriter;
import org.utilityportal.customer.internal.CustomerRepository;
import org.utilityportal.customer.internal.FieldChange;
import org.utilityportal.customer.internal.KeyAccountWriter;
import org.utilityportal.identity.StaffDirectory;
import org.utilityportal.identity.StaffMember;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Key accounts: one stable account manager (客户经理) at a time, with every earlier
 * assignment kept, and a contact log of visits and calls.
 */
@Service
@RequiredArgsConstructor
public class KeyAccounts {

	private final KeyAccountWriter records;

	private final CustomerRepository customers;

	private final CustomerChangeWriter history;

	private final StaffDirectory staff;

	private final java.time.Clock clock;

	/** Staff who may be account managers: those with a grade, most senior first. */
	public List<StaffMember> eligibleManagers() {
		return this.staff.accountManagers();
	}

	/**
	 * Makes this member of staff the customer's account manager from now; the previous
	 * assignment ends at the same instant and stays on record.
	 * @throws IllegalArgumentException when the person has no manager grade
	 */
	@Transactional
	public void assignManager(long customerId, long managerId, PortalPrincipal by) {
		if (!this.customers.existsById(customerId)) {
			throw new NotFoundException("Customer");
		}
		StaffMember manager = this.staff.accountManagers()
			.stream()
			.filter((candidate) -> candidate.id() == managerId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Not an account manager: " + managerId));
		var now = this.clock.instant();
		Long previous = this.records.assign(customerId, managerId, now, by.username());
		String previousName = (previous != null) ? this.staff.byIds(List.of(previous)).get(previous).name() : null;
		this.history.record(customerId, null, now, by.username(), List
			.of(new FieldChange("accountManager", previousName, manager.name() + " (" + manager.workNumber() + ")")));
	}

	/** Adds a visit, call, meeting or message to the customer's contact log. */
	@Transactional
	public void recordContact(long customerId, ContactForm form, PortalPrincipal by) {
		if (!this.customers.existsById(customerId)) {
			throw new NotFoundException("Customer");
		}
		this.records.recordContact(customerId, form.getKind(), form.getContactedOn(), form.getSummary().strip(),
				this.clock.instant(), by.username());
	}

}
