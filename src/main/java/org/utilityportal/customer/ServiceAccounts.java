package org.utilityportal.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.audit.AccessLog;
import org.utilityportal.customer.internal.AccountData;
import org.utilityportal.customer.internal.AccountHolderQueries;
import org.utilityportal.customer.internal.Customer;
import org.utilityportal.customer.internal.CustomerChangeWriter;
import org.utilityportal.customer.internal.CustomerRepository;
import org.utilityportal.customer.internal.FieldChange;
import org.utilityportal.customer.internal.ServiceAccount;
import org.utilityportal.customer.internal.ServiceAccountRepository;
import org.utilityportal.shared.domain.BasicChargeBasis;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.domain.SupplyTerms;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Service accounts: open one for a customer (the number is assigned: utility letter and
 * ten digits), edit, close (kept on record), and read. Changes go to the customer's
 * history.
 */
@Service
@RequiredArgsConstructor
public class ServiceAccounts {

	private final ServiceAccountRepository accounts;

	private final CustomerRepository customers;

	private final CustomerChangeWriter history;

	private final Clock clock;

	private final AccessLog accessLog;

	private final ObjectProvider<AccountClosing> closings;

	private final AccountHolderQueries holders;

	/**
	 * Checks the fields the utility needs (a meter, service address, category and cycle,
	 * or a card) and that the meter or card is not in use on another open account.
	 * @param editingId the account being edited, {@code null} when opening one
	 */
	@Transactional(readOnly = true)
	public void validate(ServiceAccountForm form, Long editingId, Errors errors) {
		if (form.getUtility() == null) {
			return;
		}
		if (form.getUtility().isMetered()) {
			requireText(form.getServiceAddress(), "serviceAddress", errors);
			requireText(form.getMeterNumber(), "meterNumber", errors);
			if (form.getTariffCategory() == null) {
				errors.rejectValue("tariffCategory", "validation.required");
			}
			if (form.getBillingCycle() == null) {
				errors.rejectValue("billingCycle", "validation.required");
			}
			supplyTerms(form, errors);
		}
		else if (!errors.hasFieldErrors("transitCardNumber") && !cardNumber(form).matches("[0-9]{12}")) {
			errors.rejectValue("transitCardNumber", "validation.transitCard");
		}
		long exclude = (editingId != null) ? editingId : -1L;
		if (form.getUtility().isMetered() && !errors.hasFieldErrors("meterNumber") && this.accounts
			.countOpenWithMeter(form.getUtility(), form.getMeterNumber().strip().toUpperCase(), exclude) > 0) {
			errors.rejectValue("meterNumber", "validation.meterInUse");
		}
		if (!form.getUtility().isMetered() && !errors.hasFieldErrors("transitCardNumber")
				&& this.accounts.countOpenWithCard(cardNumber(form), exclude) > 0) {
			errors.rejectValue("transitCardNumber", "validation.cardInUse");
		}
	}

	/**
	 * Opens an account for a customer from a validated form.
	 * @return the new account's id
	 */
	@Transactional
	public long open(long customerId, ServiceAccountForm form, PortalPrincipal staff) {
		if (!this.customers.existsById(customerId)) {
			throw new NotFoundException("Customer");
		}
		Utility utility = form.getUtility();
		String number = utility.accountPrefix() + String.format("%010d", this.accounts.nextAccountSequence());
		ServiceAccount account = this.accounts
			.saveAndFlush(new ServiceAccount(customerId, utility, number, data(form), LocalDate.now(this.clock)));
		this.history.record(customerId, account.getId(), this.clock.instant(), staff.username(),
				List.of(new FieldChange("status", null, AccountStatus.OPEN.name())));
		return account.getId();
	}

	/** Saves an edit made from the given version; the utility cannot change. */
	@Transactional
	public void update(long accountId, ServiceAccountForm form, PortalPrincipal staff) {
		ServiceAccount account = load(accountId);
		if (account.getVersion() != form.getVersion()) {
			throw new StaleEditException("Account " + account.getAccountNumber());
		}
		List<FieldChange> changes = account.update(data(form));
		this.accounts.flush();
		this.history.record(account.getCustomerId(), accountId, this.clock.instant(), staff.username(), changes);
	}

	/**
	 * Closes an open account from today, with a reason. Other modules settle it first
	 * (the final reading and bill, {@link AccountClosing}); when they refuse,
	 * {@code errors} say why and nothing changes.
	 * @return whether it was closed
	 */
	@Transactional
	public boolean close(long accountId, CloseAccountForm form, PortalPrincipal staff, Errors errors) {
		ServiceAccount account = openAt(accountId, form.getVersion());
		ServiceAccountView view = CustomerPages.view(account);
		this.closings.orderedStream().forEach((closing) -> closing.settle(view, form, staff, errors));
		if (errors.hasErrors()) {
			return false;
		}
		closeNow(account, form.getReason().strip(), staff);
		this.closings.orderedStream().forEach((closing) -> closing.closed(view, form, null, staff));
		return true;
	}

	/**
	 * Hands an open account over to another customer (过户): the account is closed as
	 * {@link #close} does (final reading, final bill) and the new owner's account opens
	 * on the same meter, address, category and cycle today; other modules carry the
	 * reading over ({@link AccountClosing#closed}).
	 * @return the new owner's account id, or {@code null} when {@code errors} say why not
	 */
	@Transactional
	public Long transfer(long accountId, CloseAccountForm form, PortalPrincipal staff, Errors errors) {
		ServiceAccount account = openAt(accountId, form.getVersion());
		String idNumber = IdentityDocuments.normalise(form.getNewOwnerIdNumber());
		var newOwner = idNumber.isEmpty() ? java.util.Optional.<Customer>empty()
				: this.customers.findByIdNumber(idNumber);
		if (newOwner.isEmpty() || newOwner.get().getId() == account.getCustomerId()) {
			errors.rejectValue("newOwnerIdNumber",
					newOwner.isEmpty() ? "transfer.error.newOwner" : "transfer.error.sameOwner");
		}
		if (!account.getUtility().isMetered()) {
			errors.reject("transfer.error.notMetered");
		}
		ServiceAccountView view = CustomerPages.view(account);
		if (!errors.hasErrors()) {
			this.closings.orderedStream().forEach((closing) -> closing.settle(view, form, staff, errors));
		}
		if (errors.hasErrors()) {
			return null;
		}
		closeNow(account, form.getReason().strip(), staff);
		long newOwnerId = newOwner.get().getId();
		String number = account.getUtility().accountPrefix()
				+ String.format("%010d", this.accounts.nextAccountSequence());
		ServiceAccount successor = this.accounts.saveAndFlush(new ServiceAccount(newOwnerId, account.getUtility(),
				number, new AccountData(account.getServiceAddress(), account.getMeterNumber(),
						account.getTariffCategory(), account.getBillingCycle(), null, account.supplyTerms()),
				LocalDate.now(this.clock)));
		this.history.record(newOwnerId, successor.getId(), this.clock.instant(), staff.username(),
				List.of(new FieldChange("status", null, AccountStatus.OPEN.name()),
						new FieldChange("transferredFrom", null, account.getAccountNumber())));
		this.closings.orderedStream().forEach((closing) -> closing.closed(view, form, successor.getId(), staff));
		return successor.getId();
	}

	private ServiceAccount openAt(long accountId, long version) {
		ServiceAccount account = load(accountId);
		if (account.getVersion() != version || account.getStatus() == AccountStatus.CLOSED) {
			throw new StaleEditException("Account " + account.getAccountNumber());
		}
		return account;
	}

	private void closeNow(ServiceAccount account, String reason, PortalPrincipal staff) {
		FieldChange change = account.close(LocalDate.now(this.clock), reason);
		this.accounts.flush();
		this.history.record(account.getCustomerId(), account.getId(), this.clock.instant(), staff.username(),
				List.of(change, new FieldChange("closeReason", null, reason)));
	}

	/** One account, for staff. */
	@Transactional(readOnly = true)
	public ServiceAccountView view(long accountId) {
		return CustomerPages.view(load(accountId));
	}

	/**
	 * One account whose data a member of staff reads (its bills, payments, readings):
	 * logs one view of its customer with the purpose.
	 */
	@Transactional
	public ServiceAccountView viewedBy(long accountId, PortalPrincipal staff, AccessChannel channel, String purpose) {
		ServiceAccountView account = view(accountId);
		this.accessLog.record(staff, AccessAction.VIEW, channel, account.customerId(), null, purpose);
		return account;
	}

	/** The account as a form to edit. */
	@Transactional(readOnly = true)
	public ServiceAccountForm editForm(long accountId) {
		ServiceAccount account = load(accountId);
		ServiceAccountForm form = new ServiceAccountForm();
		form.setUtility(account.getUtility());
		form.setServiceAddress(account.getServiceAddress());
		form.setMeterNumber(account.getMeterNumber());
		form.setTariffCategory(account.getTariffCategory());
		form.setBillingCycle(account.getBillingCycle());
		form.setTransitCardNumber(account.getTransitCardNumber());
		form.setTimeOfUse(account.isTimeOfUse());
		form.setContractedKva(account.getContractedKva());
		form.setBasicChargeBasis(account.getBasicChargeBasis());
		form.setPowerFactorStandard(account.getPowerFactorStandard());
		form.setVersion(account.getVersion());
		return form;
	}

	/** All accounts of a customer, open first. */
	@Transactional(readOnly = true)
	public List<ServiceAccountView> ofCustomer(long customerId) {
		return this.accounts.findByCustomer(customerId)
			.stream()
			.map(CustomerPages::view)
			.sorted(ServiceAccountView.DISPLAY_ORDER)
			.toList();
	}

	/**
	 * An account by its number, for staff, jobs and demo data (no ownership check); empty
	 * when there is none.
	 */
	@Transactional(readOnly = true)
	public Optional<ServiceAccountView> byNumber(String accountNumber) {
		return this.accounts.findByAccountNumber(accountNumber).map(CustomerPages::view);
	}

	/**
	 * One account of this customer by number.
	 * @throws NotFoundException when there is no such account or it belongs to someone
	 * else
	 */
	@Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
	public ServiceAccountView ownedBy(long customerId, String accountNumber) {
		return this.accounts.findByAccountNumber(accountNumber)
			.filter((account) -> account.getCustomerId() == customerId)
			.map(CustomerPages::view)
			.orElseThrow(() -> new NotFoundException("Account"));
	}

	/**
	 * The numbers of accounts by id, read in slices of 1,000 (ids of no account are left
	 * out).
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> numbers(Collection<Long> accountIds) {
		Map<Long, String> numbers = new HashMap<>();
		List<Long> ids = List.copyOf(new LinkedHashSet<>(accountIds));
		for (int from = 0; from < ids.size(); from += 1000) {
			this.accounts.findAllById(ids.subList(from, Math.min(ids.size(), from + 1000)))
				.forEach((account) -> numbers.put(account.getId(), account.getAccountNumber()));
		}
		return numbers;
	}

	/** How many service accounts there are, open or closed, of every utility. */
	@Transactional(readOnly = true)
	public long count() {
		return this.accounts.count();
	}

	/**
	 * Accounts with their holders' names, by account id, in one statement however many
	 * are asked for (ids of no account are left out). For lists of many accounts kept by
	 * other modules (the arrears list, the dunning notices).
	 */
	@Transactional(readOnly = true)
	public Map<Long, AccountHolder> holders(Collection<Long> accountIds) {
		return this.holders.byIds(accountIds);
	}

	/**
	 * Hands every open account (id, customer, utility) to {@code consumer}, in id order,
	 * without holding them all in memory (the data generators draw from them).
	 */
	@Transactional(readOnly = true)
	public void forEachOpen(Consumer<OpenAccount> consumer) {
		try (Stream<OpenAccount> open = this.accounts.streamOpen()) {
			open.forEach(consumer);
		}
	}

	private ServiceAccount load(long accountId) {
		return this.accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account"));
	}

	private static AccountData data(ServiceAccountForm form) {
		if (!form.getUtility().isMetered()) {
			return new AccountData(null, null, null, null, cardNumber(form), SupplyTerms.NONE);
		}
		SupplyTerms terms = (form.getUtility() == Utility.ELECTRICITY) ? new SupplyTerms(form.isTimeOfUse(),
				form.getContractedKva(), form.getBasicChargeBasis(), form.getPowerFactorStandard()) : SupplyTerms.NONE;
		return new AccountData(form.getServiceAddress().strip(), form.getMeterNumber().strip().toUpperCase(),
				form.getTariffCategory(), form.getBillingCycle(), null, terms);
	}

	/**
	 * The supply terms only electricity has: a basic charge by capacity needs the
	 * capacity, a standard must be one of the national three.
	 */
	private static void supplyTerms(ServiceAccountForm form, Errors errors) {
		boolean electricity = form.getUtility() == Utility.ELECTRICITY;
		if (!electricity && (form.isTimeOfUse() || form.getContractedKva() != null || form.getBasicChargeBasis() != null
				|| form.getPowerFactorStandard() != null)) {
			errors.reject("accountForm.electricityOnly");
		}
		if (form.getBasicChargeBasis() == BasicChargeBasis.CAPACITY && form.getContractedKva() == null
				&& !errors.hasFieldErrors("contractedKva")) {
			errors.rejectValue("contractedKva", "validation.required");
		}
		if (form.getPowerFactorStandard() != null && SupplyTerms.POWER_FACTOR_STANDARDS.stream()
			.noneMatch((standard) -> standard.compareTo(form.getPowerFactorStandard()) == 0)) {
			errors.rejectValue("powerFactorStandard", "accountForm.powerFactorStandard");
		}
	}

	private static String cardNumber(ServiceAccountForm form) {
		return (form.getTransitCardNumber() != null) ? form.getTransitCardNumber().replace(" ", "") : "";
	}

	private static void requireText(String value, String field, Errors errors) {
		if (!StringUtils.hasText(value) && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "validation.required");
		}
	}

}
