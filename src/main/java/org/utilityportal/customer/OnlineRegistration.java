package org.utilityportal.customer;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.utilityportal.customer.internal.Customer;
import org.utilityportal.customer.internal.CustomerRepository;
import org.utilityportal.customer.internal.RegistrationCode;
import org.utilityportal.customer.internal.RegistrationCodeRepository;
import org.utilityportal.customer.internal.ServiceAccount;
import org.utilityportal.customer.internal.ServiceAccountRepository;
import org.utilityportal.identity.CustomerLogins;
import org.utilityportal.identity.PasswordPolicy;
import org.utilityportal.identity.RateDecision;
import org.utilityportal.identity.RateLimits;
import org.utilityportal.identity.RateLimits.Keyed;

import static org.utilityportal.customer.RegistrationLimits.EVERYONE;

/**
 * Online registration for holders of an account: the holder asks for a code with the
 * account number; a six-digit code goes by text message to the first mobile number on
 * file ({@link RegistrationCodeIssued}); the code with a chosen name and password creates
 * the sign-in account. Codes asked for and tries at a code are limited per account, per
 * client address and for everyone ({@link RegistrationLimits}); a try that registers is
 * given back. The visitor is never told whether an account exists, has a mobile number,
 * or is registered already, nor which part of a failed try was wrong.
 */
@Service
@RequiredArgsConstructor
public class OnlineRegistration {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ServiceAccountRepository accounts;

	private final CustomerRepository customers;

	private final RegistrationCodeRepository codes;

	private final CustomerLogins logins;

	private final RateLimits limits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** The answer to asking for a code. */
	public record CodeRequest(PendingRegistration pending, Duration retryAfter) {

		/** Whether the request was refused by a limit (then nothing was sent). */
		public boolean refused() {
			return this.pending == null;
		}

	}

	/**
	 * Sends a code to the mobile number on file of the account's holder, when the account
	 * is open, its holder has a mobile number and no sign-in account yet.
	 * @param address the client's address, for the limits
	 * @return the pending registration, or a refusal with the time to wait
	 */
	@Transactional
	public CodeRequest requestCode(String accountNumber, String address, Locale language) {
		String number = normalise(accountNumber);
		RateDecision decision = this.limits
			.tryAcquireAll(List.of(new Keyed(RegistrationLimits.CODES_BY_ACCOUNT, number),
					new Keyed(RegistrationLimits.CODES_BY_ADDRESS, address),
					new Keyed(RegistrationLimits.CODES_ALL, EVERYONE)));
		if (!decision.allowed()) {
			return new CodeRequest(null, decision.retryAfter());
		}
		Long codeId = holderOf(number).filter((holder) -> !holder.getMobiles().isEmpty())
			.filter((holder) -> !this.logins.hasLogin(holder.getId()))
			.map((holder) -> issue(holder, number, language))
			.orElse(null);
		return new CodeRequest(new PendingRegistration(number, codeId), Duration.ZERO);
	}

	/**
	 * Registers the sign-in account when the code is right, or reports in {@code errors}
	 * what is wrong: fields username, password, confirmPassword; global errors for a
	 * wrong or dead code ({@code register.error.noMatch}), too many tries
	 * ({@code register.error.wait} with the minutes) or a name taken at the same moment.
	 * @return whether the account was created
	 */
	@Transactional
	public boolean register(PendingRegistration pending, RegistrationForm form, String address, Errors errors) {
		checkChoices(form, errors);
		if (errors.hasErrors()) {
			return false;
		}
		List<Keyed> tries = List.of(new Keyed(RegistrationLimits.TRIES_BY_ACCOUNT, pending.accountNumber()),
				new Keyed(RegistrationLimits.TRIES_BY_ADDRESS, address),
				new Keyed(RegistrationLimits.TRIES_ALL, EVERYONE));
		RateDecision decision = this.limits.tryAcquireAll(tries);
		if (!decision.allowed()) {
			errors.reject("register.error.wait", new Object[] { minutes(decision.retryAfter()) }, null);
			return false;
		}
		Instant now = this.clock.instant();
		Optional<RegistrationCode> code = Optional.ofNullable(pending.codeId()).flatMap(this.codes::findById);
		if (code.isEmpty() || !code.get().check(form.getCode(), now)) {
			errors.reject("register.error.noMatch");
			return false;
		}
		Customer holder = this.customers.findById(code.get().getCustomerId()).orElseThrow();
		if (!this.logins.register(holder.getId(), form.getUsername(), form.getPassword(), holder.getName())) {
			errors.rejectValue("username", "validation.username.taken");
			return false;
		}
		code.get().use(now);
		this.limits.giveBack(tries);
		return true;
	}

	private Long issue(Customer holder, String accountNumber, Locale language) {
		String digits = "%06d".formatted(RANDOM.nextInt(1_000_000));
		RegistrationCode code = this.codes
			.save(RegistrationCode.issue(holder.getId(), accountNumber, digits, this.clock.instant()));
		this.events.publishEvent(
				new RegistrationCodeIssued(holder.getMobiles().getFirst(), digits, language, code.getExpiresAt()));
		return code.getId();
	}

	private Optional<Customer> holderOf(String accountNumber) {
		// The number on a bill of the legacy system works too, when it names one account.
		Optional<ServiceAccount> held = this.accounts.findByAccountNumber(accountNumber)
			.or(() -> Optional.of(this.accounts.findByLegacyNumber(accountNumber))
				.filter((found) -> found.size() == 1)
				.map(List::getFirst));
		return held.filter((account) -> account.getStatus() == AccountStatus.OPEN)
			.map(ServiceAccount::getCustomerId)
			.flatMap(this.customers::findWithMobiles);
	}

	private static String normalise(String accountNumber) {
		String number = (accountNumber != null) ? accountNumber.strip().toUpperCase(Locale.ROOT) : "";
		return (number.length() > 20) ? number.substring(0, 20) : number;
	}

	private static long minutes(Duration wait) {
		return Math.max(1, (wait.toSeconds() + 59) / 60);
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

}
