package org.utilityportal.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.billing.internal.Allocator;
import org.utilityportal.billing.internal.LedgerWriter;
import org.utilityportal.billing.internal.Payment;
import org.utilityportal.billing.internal.PaymentBatchWriter;
import org.utilityportal.billing.internal.PaymentQueries;
import org.utilityportal.billing.internal.PaymentRepository;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Taking payments. A payment settles the bills it names first, then the oldest unpaid
 * bills, and records for each how many units its money paid for (the bill's consumption
 * in proportion to the part paid). What is left over is a credit held on the account,
 * shown on the receipt. Each payment is booked in the account's ledger, which the balance
 * sums. Payments to one account are taken one at a time (a row lock), so two clerks
 * cannot both settle the same bill; a payment submitted again with the same idempotency
 * key returns the first receipt and charges nothing.
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

	private final PaymentRepository repository;

	private final PaymentQueries queries;

	private final PaymentBatchWriter batchWriter;

	private final LedgerWriter ledger;

	private final ServiceAccounts accounts;

	private final CashierDays cashierDays;

	private final Clock clock;

	/**
	 * Takes a payment now.
	 * @param idempotencyKey the same key for the same payment, however often it is sent
	 * @return the receipt number
	 * @throws IllegalArgumentException when the key was used for another account or
	 * amount
	 * @throws DayClosedException when a clerk takes money at the counter after closing
	 * their day
	 */
	@Transactional
	public String take(long accountId, Money amount, PaymentMethod method, String idempotencyKey, String by) {
		return take(new NewPayment(accountId, amount, method, idempotencyKey, by, this.clock.instant(), List.of()));
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

	/** Takes a payment at a given time (demo data uses this). */
	@Transactional
	public String takeAt(long accountId, Money amount, PaymentMethod method, String idempotencyKey, String by,
			Instant at) {
		return take(new NewPayment(accountId, amount, method, idempotencyKey, by, at, List.of()));
	}

	/**
	 * Takes a payment that settles the named bills first (an online order's).
	 * @return the receipt number
	 */
	@Transactional
	public String take(NewPayment payment) {
		if (!payment.amount().isPositive() || payment.amount().amount().compareTo(LIMIT) >= 0) {
			throw new IllegalArgumentException("A payment is more than zero and below the limit");
		}
		ServiceAccountView account = this.accounts.view(payment.accountId());
		if (PaymentMethod.COUNTER.contains(payment.method())) {
			this.cashierDays.requireOpen(payment.receivedBy(), payment.at());
		}
		this.ledger.lock(payment.accountId());
		var existing = this.repository.findByIdempotencyKey(payment.idempotencyKey());
		if (existing.isPresent()) {
			Payment first = existing.get();
			if (first.getAccountId() != payment.accountId() || first.getAmount().compareTo(payment.amount()) != 0) {
				throw new IllegalArgumentException("The idempotency key belongs to another payment");
			}
			return first.getReceiptNumber();
		}
		List<Long> preferred = this.queries.billIds(payment.accountId(), payment.billNumbers());
		Allocator.Result allocated = Allocator.allocate(payment.amount(),
				this.queries.openingArrears(payment.accountId()), this.queries.unpaid(payment.accountId()), preferred);
		Payment saved = this.repository.saveAndFlush(
				new Payment(this.repository.nextId(), payment.accountId(), account.customerId(), payment.amount(),
						payment.method(), payment.idempotencyKey(), payment.at(), payment.receivedBy(), allocated));
		this.ledger.post(new LedgerWriter.Entry(payment.accountId(), LedgerKind.PAYMENT, payment.amount().negate(),
				saved.getReceiptNumber(), payment.at(), payment.receivedBy()));
		return saved.getReceiptNumber();
	}

	/**
	 * Takes many payments at once (the bank's return file): set-based, in batches, each
	 * allocated and booked exactly like {@link #take(NewPayment)}. A payment whose key
	 * was taken before is skipped.
	 * @return how many payments were taken
	 */
	@Transactional
	public int takeAll(List<NewPayment> payments) {
		return this.batchWriter.takeAll(payments);
	}

	/** A receipt, for staff. */
	@Transactional(readOnly = true)
	public PaymentReceipt receipt(String receiptNumber) {
		return this.queries.receipt(receiptNumber).orElseThrow(() -> new NotFoundException("Receipt"));
	}

	/** A receipt of this customer; anyone else's is "not found". */
	@Transactional(readOnly = true)
	public PaymentReceipt receiptFor(long customerId, String receiptNumber) {
		return this.queries.receipt(receiptNumber)
			.filter((receipt) -> receipt.customerId() == customerId)
			.orElseThrow(() -> new NotFoundException("Receipt"));
	}

	/** The receipt of the payment taken with an idempotency key, if any. */
	@Transactional(readOnly = true)
	public java.util.Optional<String> receiptOfKey(String idempotencyKey) {
		return this.repository.findByIdempotencyKey(idempotencyKey).map(Payment::getReceiptNumber);
	}

	/** The latest receipts of an account, newest first. */
	@Transactional(readOnly = true)
	public List<PaymentReceipt> ofAccount(long accountId) {
		return this.queries.receiptsOf(accountId, 24);
	}

	/** What the account owes now (positive) or holds as credit (negative). */
	@Transactional(readOnly = true)
	public Money balance(long accountId) {
		return this.queries.balance(accountId);
	}

	/**
	 * What each of these accounts owes now, for those that owe something (direct debit
	 * collects it); one statement however many.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<Long, Money> owing(java.util.Collection<Long> accountIds) {
		return this.queries.owing(accountIds);
	}

	/**
	 * The newest entries of the account's ledger, newest first, each with the balance
	 * after it; the first one's balance is {@link #balance(long)}.
	 */
	@Transactional(readOnly = true)
	public List<LedgerLine> ledger(long accountId, int limit) {
		return this.queries.ledger(accountId, limit);
	}

}
