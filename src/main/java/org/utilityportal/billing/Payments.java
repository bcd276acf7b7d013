package org.utilityportal.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.billing.internal.PaymentStore;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Taking payments. A payment settles the oldest unpaid bills first and records, for each,
 * how many units its money paid for (the bill's consumption in proportion to the part
 * paid). What is left over is a credit held on the account, shown on the receipt.
 * Payments to one account are taken one at a time (a row lock), so two clerks cannot both
 * settle the same bill; a payment submitted again with the same idempotency key returns
 * the first receipt and charges nothing.
 */
@Service
@RequiredArgsConstructor
public class Payments {

	/**
	 * Every payment (and adjustment) is below this many yuan: ¥10,000,000, far above any
	 * bill of the portal's customers; more is a typing error, and the columns could not
	 * hold a sum of such payments for long.
	 */
	public static final BigDecimal LIMIT = new BigDecimal("10000000");

	/** The longest idempotency key a caller may send (the stored key adds a prefix). */
	public static final int IDEMPOTENCY_KEY_LENGTH = 64;

	private final PaymentStore store;

	private final ServiceAccounts accounts;

	private final Clock clock;

	/**
	 * Takes a payment.
	 * @param idempotencyKey the same key for the same payment, however often it is sent
	 * @return the receipt number
	 * @throws IllegalArgumentException when the key was used for another account or
	 * amount
	 */
	@Transactional
	public String take(long accountId, Money amount, PaymentMethod method, String idempotencyKey, String by) {
		return takeAt(accountId, amount, method, idempotencyKey, by, this.clock.instant());
	}

	/**
	 * Whether an amount may be taken as one payment: above zero, at most two decimals,
	 * below {@link #LIMIT}.
	 */
	public static boolean isPayable(BigDecimal amount) {
		return amount != null && amount.signum() > 0 && amount.scale() <= 2 && amount.compareTo(LIMIT) < 0;
	}

	/** Whether a caller's idempotency key is usable: 1 to 64 characters, not blank. */
	public static boolean isIdempotencyKey(String key) {
		return key != null && !key.isBlank() && key.length() <= IDEMPOTENCY_KEY_LENGTH;
	}

	/** Takes a payment at a given time (demo data and imports of bank files use this). */
	@Transactional
	public String takeAt(long accountId, Money amount, PaymentMethod method, String idempotencyKey, String by,
			Instant at) {
		if (!amount.isPositive() || amount.amount().compareTo(LIMIT) >= 0) {
			throw new IllegalArgumentException("A payment is more than zero and below the limit");
		}
		ServiceAccountView account = this.accounts.view(accountId);
		this.store.lockAccount(accountId);
		var existing = this.store.byIdempotencyKey(idempotencyKey);
		if (existing.isPresent()) {
			PaymentReceipt first = this.store.receipt(this.store.receiptNumber(existing.get()).orElseThrow())
				.orElseThrow();
			if (first.accountId() != accountId || first.amount().compareTo(amount) != 0) {
				throw new IllegalArgumentException("The idempotency key belongs to another payment");
			}
			return first.receiptNumber();
		}
		return this.store.insert(accountId, account.customerId(), amount, method, idempotencyKey, at, by,
				this.store.unpaid(accountId));
	}

	/** A receipt, for staff. */
	@Transactional(readOnly = true)
	public PaymentReceipt receipt(String receiptNumber) {
		return this.store.receipt(receiptNumber).orElseThrow(() -> new NotFoundException("Receipt"));
	}

	/** A receipt of this customer; anyone else's is "not found". */
	@Transactional(readOnly = true)
	public PaymentReceipt receiptFor(long customerId, String receiptNumber) {
		return this.store.receipt(receiptNumber)
			.filter((receipt) -> receipt.customerId() == customerId)
			.orElseThrow(() -> new NotFoundException("Receipt"));
	}

	/** The latest receipts of an account, newest first. */
	@Transactional(readOnly = true)
	public List<PaymentReceipt> ofAccount(long accountId) {
		return this.store.receiptsOf(accountId, 24).stream().map(this::receipt).toList();
	}

	/** What the account owes now (positive) or holds as credit (negative). */
	@Transactional(readOnly = true)
	public Money balance(long accountId) {
		return this.store.balance(accountId).balance();
	}

}
