package org.utilityportal.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.billing.internal.OpeningBalanceWriter;
import org.utilityportal.shared.money.Money;

/**
 * Opening balances from the legacy system (the go-live import). Each is its own ledger
 * entry (kind {@code OPENING_BALANCE}, so the ledger still sums to the balance) with the
 * reason {@value #LEGACY_REASON}; it moves the account's balance at once (arrears count
 * for reminders from their {@code since} day) and is the "previous balance" of the
 * account's first bill. Payments settle the arrears before any bill but those an online
 * order names, as the oldest debt; a reversed payment gives back what it settled. An
 * account has at most one: recording it again does nothing.
 */
@Service
@RequiredArgsConstructor
public class OpeningBalances {

	/** The reason every imported opening balance carries (a message key). */
	public static final String LEGACY_REASON = "openingBalance.reason.legacy";

	private final OpeningBalanceWriter writer;

	private final Clock clock;

	/**
	 * One opening balance to record.
	 *
	 * @param accountId the account
	 * @param amount positive arrears or negative credit, never zero
	 * @param since the due date of the oldest unpaid legacy bill (arrears) or the day
	 * recorded (credit)
	 */
	public record Entry(long accountId, Money amount, LocalDate since) {
	}

	/**
	 * Records opening balances in one go (in the caller's transaction: a file is imported
	 * whole or not at all); accounts that already have one are left as they are.
	 * @return how many were recorded
	 */
	@Transactional
	public int recordAll(Collection<Entry> entries, String by) {
		if (entries.isEmpty()) {
			return 0;
		}
		return this.writer.recordAll(List.copyOf(entries), LEGACY_REASON, by, this.clock.instant());
	}

	/** The opening balance of an account, if it has one. */
	@Transactional(readOnly = true)
	public Optional<OpeningBalance> of(long accountId) {
		return this.writer.of(List.of(accountId)).stream().findFirst();
	}

	/** The opening balances of these accounts. */
	@Transactional(readOnly = true)
	public List<OpeningBalance> ofAccounts(Collection<Long> accountIds) {
		return accountIds.isEmpty() ? List.of() : this.writer.of(accountIds);
	}

	/**
	 * What is left of an account's opening arrears after the payments since (zero for a
	 * credit).
	 */
	@Transactional(readOnly = true)
	public Money outstanding(long accountId) {
		return new Money(this.writer.outstandingArrears(accountId));
	}

}
