package org.utilityportal.customer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.audit.AccessLog;
import org.utilityportal.customer.internal.Customer;
import org.utilityportal.customer.internal.CustomerData;
import org.utilityportal.customer.internal.CustomerChangeWriter;
import org.utilityportal.customer.internal.CustomerRepository;
import org.utilityportal.customer.internal.FieldChange;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Opening, reading and editing customer records at the counter. Every staff read is
 * logged; every change is kept in the customer's history with identity and mobile numbers
 * masked.
 */
@Service
@RequiredArgsConstructor
public class CustomerRecords {

	private final CustomerRepository customers;

	private final CustomerChangeWriter history;

	private final CustomerPages pages;

	private final AccessLog accessLog;

	private final Clock clock;

	/**
	 * Checks what bean validation cannot: the identity number against its document type
	 * and today's date, the required mobile number, and that no other customer holds the
	 * number.
	 * @param editingId the customer being edited, {@code null} when opening one
	 * @return the customer who already holds the identity number, if any
	 */
	@Transactional(readOnly = true)
	public Optional<DuplicateCustomer> validate(CustomerForm form, Long editingId, Errors errors) {
		String idNumber = IdentityDocuments.normalise(form.getIdNumber());
		boolean keepsIdNumber = editingId != null && idNumber.isEmpty();
		if (!keepsIdNumber && !errors.hasFieldErrors("idNumber")) {
			boolean valid = (form.getIdType() == IdType.CREDIT_CODE) ? IdentityDocuments.isValidCreditCode(idNumber)
					: IdentityDocuments.isValidResidentId(idNumber, LocalDate.now(this.clock));
			if (idNumber.isEmpty()) {
				errors.rejectValue("idNumber", "validation.required");
			}
			else if (!valid) {
				errors.rejectValue("idNumber",
						(form.getIdType() == IdType.CREDIT_CODE) ? "validation.creditCode" : "validation.residentId");
			}
		}
		if (editingId == null && !StringUtils.hasText(form.getMobile())) {
			errors.rejectValue("mobile", "validation.required");
		}
		if (form.getConsentDate() != null && form.getConsentDate().isAfter(LocalDate.now(this.clock))) {
			errors.rejectValue("consentDate", "validation.notInFuture");
		}
		if (keepsIdNumber || errors.hasFieldErrors("idNumber")) {
			return Optional.empty();
		}
		Optional<DuplicateCustomer> duplicate = this.customers.findByIdNumber(idNumber)
			.filter((existing) -> !existing.getId().equals(editingId))
			.map((existing) -> new DuplicateCustomer(existing.getId(), existing.getName()));
		duplicate.ifPresent((existing) -> errors.rejectValue("idNumber", "validation.idNumber.duplicate"));
		return duplicate;
	}

	/**
	 * Opens a customer from a validated form.
	 * @return the new customer's id
	 * @throws org.springframework.dao.DataIntegrityViolationException when another clerk
	 * has just opened a customer with the same identity number
	 */
	@Transactional
	public long open(CustomerForm form, PortalPrincipal staff) {
		Instant now = this.clock.instant();
		Customer customer = this.customers.saveAndFlush(new Customer(data(form, null), now, staff.username()));
		this.history.record(customer.getId(), null, now, staff.username(),
				List.of(new FieldChange("created", null, "OPENED")));
		return customer.getId();
	}

	/**
	 * Saves an edit made from the given version.
	 * @throws StaleEditException when someone saved the customer since the form was
	 * opened
	 */
	@Transactional
	public void update(long customerId, CustomerForm form, PortalPrincipal staff) {
		Customer customer = this.customers.findWithMobiles(customerId)
			.orElseThrow(() -> new NotFoundException("Customer"));
		if (customer.getVersion() != form.getVersion()) {
			throw new StaleEditException("Customer " + customerId);
		}
		List<FieldChange> changes = customer.update(data(form, customer));
		this.customers.flush();
		this.history.record(customerId, null, this.clock.instant(), staff.username(), changes);
	}

	/** The counter's customer page; logs the view. */
	@Transactional
	public CustomerPage page(long customerId, PortalPrincipal staff, AccessChannel channel) {
		CustomerPage page = this.pages.page(customerId);
		this.accessLog.record(staff, AccessAction.VIEW, channel, customerId, null, null);
		return page;
	}

	/**
	 * The customer as a form to edit, with identity and mobile numbers left blank (blank
	 * keeps them).
	 */
	@Transactional
	public CustomerForm editForm(long customerId, PortalPrincipal staff) {
		Customer customer = this.customers.findWithMobiles(customerId)
			.orElseThrow(() -> new NotFoundException("Customer"));
		this.accessLog.record(staff, AccessAction.VIEW, AccessChannel.WEB, customerId, null, "edit form");
		CustomerForm form = new CustomerForm();
		form.setName(customer.getName());
		form.setKind(customer.getKind());
		form.setIdType(customer.getIdType());
		form.setAddress(customer.getAddress());
		form.setPreferredLanguage(customer.getPreferredLanguage());
		form.setKeyAccount(customer.isKeyAccount());
		form.setVulnerable(customer.isVulnerable());
		form.setGreenChannel(customer.isGreenChannel());
		form.setConsentPurpose(customer.getConsentPurpose());
		form.setConsentDate(customer.getConsentDate());
		form.setVersion(customer.getVersion());
		return form;
	}

	/**
	 * The customer with masked personal data for a member of staff; logs the view with
	 * its purpose.
	 */
	@Transactional
	public CustomerDetails viewedBy(long customerId, PortalPrincipal staff, AccessChannel channel, String purpose) {
		CustomerDetails details = this.pages.details(customerId);
		this.accessLog.record(staff, AccessAction.VIEW, channel, customerId, null, purpose);
		return details;
	}

	/**
	 * The customer with masked personal data, without logging (for the customer
	 * themselves).
	 */
	@Transactional(readOnly = true)
	public CustomerDetails details(long customerId) {
		return this.pages.details(customerId);
	}

	/**
	 * Reveals one masked field of one customer to a member of staff with the right, and
	 * logs it.
	 * @param index which mobile number (0 is the first); ignored for the identity number
	 * @throws org.springframework.security.access.AccessDeniedException without the right
	 */
	@Transactional
	public String reveal(long customerId, MaskedField field, int index, PortalPrincipal staff, AccessChannel channel) {
		if (!staff.mayRevealPersonalData()) {
			throw new org.springframework.security.access.AccessDeniedException("No right to reveal personal data");
		}
		Customer customer = this.customers.findWithMobiles(customerId)
			.orElseThrow(() -> new NotFoundException("Customer"));
		String value = switch (field) {
			case ID_NUMBER -> customer.getIdNumber();
			case MOBILE ->
				(index >= 0 && index < customer.getMobiles().size()) ? customer.getMobiles().get(index) : null;
		};
		if (value == null) {
			throw new NotFoundException("Mobile number " + index);
		}
		this.accessLog.record(staff, AccessAction.REVEAL, channel, customerId,
				(field == MaskedField.MOBILE) ? field.name() + "#" + (index + 1) : field.name(), null);
		return value;
	}

	private static CustomerData data(CustomerForm form, Customer existing) {
		String idNumber = IdentityDocuments.normalise(form.getIdNumber());
		if (idNumber.isEmpty() && existing != null) {
			idNumber = existing.getIdNumber();
		}
		List<String> mobiles = MobileNumbers.merge((existing != null) ? existing.getMobiles() : List.of(),
				form.getMobile(), form.getMobile2(), form.isRemoveMobile2());
		return new CustomerData(form.getName().strip(), form.getKind(), form.getIdType(), idNumber, mobiles,
				form.getAddress().strip(), form.getPreferredLanguage(), form.isKeyAccount(), form.isVulnerable(),
				form.isGreenChannel(), form.getConsentPurpose().strip(), form.getConsentDate());
	}

}
