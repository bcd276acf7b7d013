package org.utilityportal.payment;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.payment.internal.DebitMandate;
import org.utilityportal.payment.internal.DebitMandateRepository;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Direct-debit mandates. A clerk records the customer's bank, bank account and its holder
 * for a metered account; a supervisor who did not record it approves it (only then is it
 * collected from) or rejects it; either may cancel it. One mandate at a time per account.
 */
@Service
@RequiredArgsConstructor
public class Mandates {

	/** The banks a mandate may name (their message keys are {@code bank.<code>}). */
	public static final Set<String> BANKS = Set.of("ICBC", "CCB", "ABC", "BOC", "BOCOM", "PSBC", "CMB", "CITIC");

	private final DebitMandateRepository mandates;

	private final ServiceAccounts accounts;

	private final Clock clock;

	/**
	 * Records a mandate, to be approved.
	 * @return the message key of the refusal, or {@code null} when recorded
	 */
	@Transactional
	public String request(long accountId, String bankCode, String bankAccount, String holderName, String by) {
		ServiceAccountView account = this.accounts.view(accountId);
		if (!account.isOpen() || !account.utility().isMetered()) {
			return "mandate.error.account";
		}
		try {
			this.mandates.saveAndFlush(new DebitMandate(accountId, account.accountNumber(), account.customerId(),
					bankCode, bankAccount, holderName.strip(), by, this.clock.instant()));
		}
		catch (DataIntegrityViolationException ex) {
			return "mandate.error.exists";
		}
		return null;
	}

	/**
	 * A supervisor approves or rejects a mandate.
	 * @return the message key of the refusal, or {@code null} when decided
	 */
	@Transactional
	public String decide(long mandateId, long version, boolean approve, String by) {
		DebitMandate mandate = load(mandateId, version);
		if (by.equals(mandate.getRequestedBy())) {
			return "mandate.error.ownRequest";
		}
		mandate.decide(approve, by, this.clock.instant());
		this.mandates.flush();
		return null;
	}

	/** Cancels a mandate asked for or in force. */
	@Transactional
	public void cancel(long mandateId, long version, String by) {
		load(mandateId, version).cancel(by, this.clock.instant());
		this.mandates.flush();
	}

	/** The mandates of an account, newest first. */
	@Transactional(readOnly = true)
	public List<MandateView> ofAccount(long accountId) {
		return this.mandates.findByAccount(accountId).stream().map(Mandates::view).toList();
	}

	/** Mandates waiting for a supervisor, oldest first. */
	@Transactional(readOnly = true)
	public List<MandateView> pending() {
		return this.mandates.findRequested().stream().map(Mandates::view).toList();
	}

	private DebitMandate load(long mandateId, long version) {
		DebitMandate mandate = this.mandates.findById(mandateId).orElseThrow(() -> new NotFoundException("Mandate"));
		if (mandate.getVersion() != version) {
			throw new StaleEditException("Mandate " + mandateId);
		}
		return mandate;
	}

	static MandateView view(DebitMandate mandate) {
		return new MandateView(mandate.getId(), mandate.getAccountId(), mandate.getAccountNumber(),
				mandate.getBankCode(), MandateView.mask(mandate.getBankAccount()), mandate.getHolderName(),
				mandate.getStatus().name(), mandate.getRequestedBy(), mandate.getRequestedAt(), mandate.getDecidedBy(),
				mandate.getDecidedAt(), mandate.getVersion());
	}

}
