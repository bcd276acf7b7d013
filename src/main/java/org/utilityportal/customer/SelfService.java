package org.utilityportal.customer;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.utilityportal.customer.internal.Customer;
import org.utilityportal.customer.internal.CustomerData;
import org.utilityportal.customer.internal.CustomerChangeWriter;
import org.utilityportal.customer.internal.CustomerRepository;
import org.utilityportal.customer.internal.ServiceAccount;
import org.utilityportal.customer.internal.ServiceAccountRepository;
import org.utilityportal.identity.AttemptGuard;
import org.utilityportal.identity.CustomerLogins;
import org.utilityportal.identity.PasswordPolicy;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.web.NotFoundException;

/**
 * What customers do for themselves: register online by proving they hold an account, and
 * keep their contact details up to date. Wrong proofs count against the account number
 * like wrong passwords, and the answer never says which part was wrong.
 */
@Service
@RequiredArgsConstructor
public class SelfService {

	private final ServiceAccountRepository accounts;

	private final CustomerRepository customers;

	private final CustomerChangeWriter history;

	private final CustomerLogins logins;

	private final AttemptGuard guard;

	private final Clock clock;

	/**
	 * Registers a sign-in account for the holder of an account, or reports what is wrong
	 * in {@code errors}.
	 * @return whether the account was created
	 */
	@Transactional
	public boolean register(RegistrationForm form, Errors errors) {
		checkChoices(form, errors);
		if (errors.hasErrors()) {
			return false;
		}
		String accountNumber = form.getAccountNumber().strip().toUpperCase(Locale.ROOT);
		String key = "register:" + accountNumber;
		if (this.guard.isBlocked(key)) {
			errors.reject("register.error.locked");
			return false;
		}
		Optional<Customer> holder = holderOf(accountNumber, form.getIdTail());
		if (holder.isEmpty()) {
			errors.reject(this.guard.recordFailure(key) ? "register.error.locked" : "register.error.noMatch");
			return false;
		}
		this.guard.recordSuccess(key);
		if (this.logins.hasLogin(holder.get().getId())) {
			errors.reject("register.error.alreadyRegistered");
			return false;
		}
		if (!this.logins.register(holder.get().getId(), form.getUsername(), form.getPassword(),
				holder.get().getName())) {
			errors.rejectValue("username", "validation.username.taken");
			return false;
		}
		return true;
	}

	/** The customer's own details, masked like everywhere else. */
	@Transactional(readOnly = true)
	public ProfileForm profileForm(long customerId) {
		Customer customer = load(customerId);
		ProfileForm form = new ProfileForm();
		form.setAddress(customer.getAddress());
		form.setPreferredLanguage(customer.getPreferredLanguage());
		form.setVersion(customer.getVersion());
		return form;
	}

	/** Saves the customer's own contact details; the change is kept in their history. */
	@Transactional
	public void updateProfile(long customerId, ProfileForm form, String username) {
		Customer customer = load(customerId);
		if (customer.getVersion() != form.getVersion()) {
			throw new StaleEditException("Customer " + customerId);
		}
		List<String> mobiles = MobileNumbers.merge(customer.getMobiles(), form.getMobile(), form.getMobile2(),
				form.isRemoveMobile2());
		CustomerData data = new CustomerData(customer.getName(), customer.getKind(), customer.getIdType(),
				customer.getIdNumber(), mobiles, form.getAddress().strip(), form.getPreferredLanguage(),
				customer.isKeyAccount(), customer.isVulnerable(), customer.isGreenChannel(),
				customer.getConsentPurpose(), customer.getConsentDate());
		var changes = customer.update(data);
		this.customers.flush();
		this.history.record(customerId, null, this.clock.instant(), username, changes);
	}

	private Optional<Customer> holderOf(String accountNumber, String idTail) {
		String tail = IdentityDocuments.normalise(idTail);
		// The number on a bill of the legacy system works too, when it names one account.
		Optional<ServiceAccount> held = this.accounts.findByAccountNumber(accountNumber)
			.or(() -> Optional.of(this.accounts.findByLegacyNumber(accountNumber))
				.filter((found) -> found.size() == 1)
				.map(List::getFirst));
		return held.filter((account) -> account.getStatus() == AccountStatus.OPEN)
			.map(ServiceAccount::getCustomerId)
			.flatMap(this.customers::findById)
			.filter((customer) -> tail.length() == 6 && customer.getIdNumber().endsWith(tail));
	}

	private static void checkChoices(RegistrationForm form, Errors errors) {
		if (!errors.hasFieldErrors("username") && !PasswordPolicy.isValidUsername(form.getUsername())) {
			errors.rejectValue("username", "validation.username.shape");
		}
		if (!errors.hasFieldErrors("password")) {
			PasswordPolicy.check(form.getUsername(), form.getPassword())
				.ifPresent((key) -> errors.rejectValue("password", key));
		}
		if (!errors.hasFieldErrors("confirmPassword") && form.getPassword() != null
				&& !form.getPassword().equals(form.getConfirmPassword())) {
			errors.rejectValue("confirmPassword", "validation.password.mismatch");
		}
	}

	private Customer load(long customerId) {
		return this.customers.findWithMobiles(customerId).orElseThrow(() -> new NotFoundException("Customer"));
	}

}
