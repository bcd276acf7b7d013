package org.utilityportal.payment;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.extern.slf4j.Slf4j;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.billing.NewPayment;
import org.utilityportal.billing.PaymentMethod;
import org.utilityportal.billing.Payments;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.notification.Notifications;
import org.utilityportal.payment.internal.DebitBatch;
import org.utilityportal.payment.internal.DebitBatchRepository;
import org.utilityportal.payment.internal.DebitItemWriter;
import org.utilityportal.payment.internal.DebitReturnWriter;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Direct debit through the bank. A collection makes one debit for every account with an
 * approved mandate that owes money and has no debit the bank has not answered yet, for
 * what it owes; its debit file goes to the bank. The bank's return file says, debit by
 * debit, paid or failed (with a reason): a paid debit becomes a payment (key
 * {@code debit-<reference>}, allocated like any other), a failed one sends the customer a
 * notice. Nothing is paid before the return file says so. A return file with any wrong
 * line is refused whole, each problem with its line number; a good one is applied in
 * chunks of {@value #CHUNK} lines, each in its own transaction, and applying it again
 * changes nothing.
 */
@Slf4j
@Service
public class DirectDebits {

	/** Return lines applied per transaction. */
	static final int CHUNK = 10_000;

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final DebitBatchRepository batches;

	private final DebitItemWriter items;

	private final DebitReturnWriter staging;

	private final Payments payments;

	private final Notifications notifications;

	private final OrgUnits orgUnits;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String creditorId;

	DirectDebits(DebitBatchRepository batches, DebitItemWriter items, DebitReturnWriter staging, Payments payments,
			Notifications notifications, OrgUnits orgUnits, PlatformTransactionManager transactionManager, Clock clock,
			@Value("${portal.payments.direct-debit.creditor-id:UTILITY-PORTAL}") String creditorId) {
		this.batches = batches;
		this.items = items;
		this.staging = staging;
		this.payments = payments;
		this.notifications = notifications;
		this.orgUnits = orgUnits;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.creditorId = creditorId;
	}

	/**
	 * Makes the collection of a day.
	 * @return the batch, or {@code null} when nothing is to be collected
	 */
	@Transactional
	public DebitBatchView collect(LocalDate collectionDate, String by) {
		Map<Long, Long> mandateByAccount = this.items.collectable();
		Map<Long, Money> owing = this.payments.owing(mandateByAccount.keySet());
		if (owing.isEmpty()) {
			return null;
		}
		Map<Long, Money> amountByMandate = new HashMap<>();
		owing.forEach((account, amount) -> amountByMandate.put(mandateByAccount.get(account), amount));
		String number = "DD" + DAY.format(collectionDate) + String.format("%04d", this.batches.nextNumber() % 10_000);
		DebitBatch batch = this.batches.saveAndFlush(new DebitBatch(number, collectionDate, by, this.clock.instant()));
		int count = this.items.insert(batch.getId(), amountByMandate);
		batch.filled(count, amountByMandate.values().stream().reduce(Money.ZERO, Money::plus));
		this.batches.flush();
		log.info("Direct debit batch {}: {} debits", number, count);
		return view(batch);
	}

	/** Writes the bank's debit file of a batch. */
	@Transactional(readOnly = true)
	public void debitFile(String batchNumber, Writer out) throws IOException {
		this.items.debitFile(load(batchNumber), this.creditorId, out);
	}

	/** Applies the bank's return file of a batch (see the class). */
	public ReturnResult applyReturn(String batchNumber, InputStream file, String fileName, String by) {
		DebitBatch batch = load(batchNumber);
		long importId = this.staging.newImport();
		try {
			List<ImportProblem> problems = this.transactions
				.execute((status) -> this.staging.stage(importId, batchNumber, file));
			if (problems.isEmpty()) {
				problems = this.staging.compare(importId, batch.getId());
			}
			if (!problems.isEmpty()) {
				return new ReturnResult(problems, 0, 0, 0);
			}
			int last = this.staging.lastLine(importId);
			int[] counts = new int[3];
			for (int start = 1; start <= last; start += CHUNK) {
				int from = start;
				this.transactions.executeWithoutResult(
						(status) -> applyChunk(importId, batch.getId(), from, from + CHUNK - 1, counts));
			}
			Instant now = this.clock.instant();
			this.transactions.executeWithoutResult((status) -> {
				DebitItemWriter.Totals totals = this.items.totals(batch.getId());
				DebitBatch current = this.batches.findById(batch.getId()).orElseThrow();
				current.returned(totals.paidCount(), totals.paidTotal(), totals.failedCount(), fileName, by, now);
			});
			int lines = this.staging.count(importId);
			return new ReturnResult(List.of(), counts[0], counts[1], lines - counts[0] - counts[1]);
		}
		finally {
			this.transactions.executeWithoutResult((status) -> this.staging.discard(importId));
		}
	}

	/** The newest batches first. */
	@Transactional(readOnly = true)
	public List<DebitBatchView> recent(int limit) {
		return this.batches.recent(org.springframework.data.domain.Limit.of(limit))
			.stream()
			.map(DirectDebits::view)
			.toList();
	}

	/** One batch. */
	@Transactional(readOnly = true)
	public DebitBatchView batch(String batchNumber) {
		return view(load(batchNumber));
	}

	/** The failed debits of a batch with their reasons (at most {@code limit}). */
	@Transactional(readOnly = true)
	public List<FailedDebit> failed(String batchNumber, int limit) {
		return this.items.failed(List.of(load(batchNumber).getId()), limit)
			.stream()
			.map((debit) -> new FailedDebit(debit.reference(), debit.accountId(), debit.accountNumber(), debit.amount(),
					debit.reasonCode()))
			.toList();
	}

	private void applyChunk(long importId, long batchId, int from, int to, int[] counts) {
		Instant now = this.clock.instant();
		List<DebitItemWriter.Returned> returned = this.items.apply(importId, batchId, from, to, now);
		List<NewPayment> paid = new ArrayList<>();
		List<DebitItemWriter.Returned> failed = new ArrayList<>();
		for (DebitItemWriter.Returned debit : returned) {
			if (debit.paid()) {
				paid.add(new NewPayment(debit.accountId(), debit.amount(), PaymentMethod.AUTO_BANK,
						"debit-" + debit.reference(), "bank", now, List.of()));
			}
			else {
				failed.add(debit);
			}
		}
		this.payments.takeAll(paid);
		notifyFailures(failed);
		counts[0] += paid.size();
		counts[1] += failed.size();
	}

	/** Each customer with a sign-in hears why their debit failed (inbox, and e-mail). */
	private void notifyFailures(List<DebitItemWriter.Returned> failed) {
		if (failed.isEmpty()) {
			return;
		}
		Map<Long, Long> logins = this.orgUnits
			.loginsOfCustomers(failed.stream().map(DebitItemWriter.Returned::customerId).distinct().toList());
		Notifications.Batch notices = this.notifications.batch();
		for (DebitItemWriter.Returned debit : failed) {
			Long login = logins.get(debit.customerId());
			if (login != null) {
				notices.add(List.of(login), "debit.notice.failed." + debit.reasonCode(),
						List.of(debit.accountNumber(), debit.amount().toString()), "/my/bills",
						"debit-" + debit.reference());
			}
		}
		notices.write();
	}

	private DebitBatch load(String batchNumber) {
		return this.batches.findByBatchNumber(batchNumber).orElseThrow(() -> new NotFoundException("Debit batch"));
	}

	private static DebitBatchView view(DebitBatch batch) {
		return new DebitBatchView(batch.getBatchNumber(), batch.getCollectionDate(), batch.getStatus().name(),
				batch.getCreatedBy(), batch.getCreatedAt(), batch.getItemCount(), batch.getTotal(),
				batch.getPaidCount(), batch.getPaidTotal(), batch.getFailedCount(), batch.getReturnedAt(),
				batch.getReturnFileName());
	}

	/**
	 * A debit the bank could not collect.
	 *
	 * @param reference its reference
	 * @param accountId the service account
	 * @param accountNumber its number
	 * @param amount the amount
	 * @param reasonCode why ({@code debitReason.<code>} is its message key)
	 */
	public record FailedDebit(String reference, long accountId, String accountNumber, Money amount, String reasonCode) {

		/** The message key of the reason. */
		public String reasonKey() {
			return "debitReason." + this.reasonCode;
		}

	}

}
