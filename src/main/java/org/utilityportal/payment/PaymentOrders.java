package org.utilityportal.payment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.extern.slf4j.Slf4j;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.billing.BillPage;
import org.utilityportal.billing.Bills;
import org.utilityportal.payment.internal.NotificationLogWriter;
import org.utilityportal.payment.internal.OrderBook;
import org.utilityportal.payment.internal.PaymentOrder;
import org.utilityportal.payment.internal.PaymentOrderRepository;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Online payment orders. A customer's order names bills of one account and their unpaid
 * amount, and expires after {@code portal.payments.order-expiry} (15 minutes); the
 * provider's adapter registers it and the customer pays on the provider's page. The order
 * is paid only when the provider confirms it: a notification whose signature, timestamp
 * (within {@code portal.payments.notification-tolerance}), nonce (never seen before),
 * order, amount and currency all check out, or the portal's own status query. Every
 * notification is recorded with its outcome and answered as the provider expects. Orders
 * whose time is up are queried once more and closed at the provider.
 */
@Slf4j
@Service
public class PaymentOrders {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	/** An order older than this without news is queried (a notification may be lost). */
	private static final Duration QUERY_AFTER = Duration.ofMinutes(2);

	private final OrderBook book;

	private final PaymentOrderRepository orders;

	private final List<PaymentProvider> providers;

	private final NotificationLogWriter notificationLog;

	private final Bills bills;

	private final Clock clock;

	private final Duration expiry;

	private final Duration tolerance;

	PaymentOrders(OrderBook book, PaymentOrderRepository orders, ObjectProvider<PaymentProvider> providers,
			NotificationLogWriter log, Bills bills, Clock clock,
			@Value("${portal.payments.order-expiry:15m}") Duration expiry,
			@Value("${portal.payments.notification-tolerance:5m}") Duration tolerance) {
		this.book = book;
		this.orders = orders;
		this.providers = providers.stream().sorted(Comparator.comparing(PaymentProvider::code)).toList();
		this.notificationLog = log;
		this.bills = bills;
		this.clock = clock;
		this.expiry = expiry;
		this.tolerance = tolerance;
	}

	/** The providers customers can pay through; empty when online payment is off. */
	public List<PaymentProvider> providers() {
		return this.providers;
	}

	/**
	 * Opens an order for a customer's bills and registers it with the provider; the same
	 * idempotency key returns the first order.
	 * @param returnBase the portal's address as the customer reached it, for the way back
	 * @return the order with the provider's page to send the customer to
	 * @throws NotFoundException when a bill is not the customer's, or the provider is
	 * unknown
	 * @throws IllegalArgumentException when the bills are of several accounts or nothing
	 * is unpaid
	 * @throws PaymentProvider.ProviderException when the provider refuses it
	 */
	public OrderView create(long customerId, List<String> billNumbers, String provider, String idempotencyKey,
			String returnBase, String by) {
		Optional<OrderView> existing = this.book.byKey(idempotencyKey);
		if (existing.isPresent()) {
			return owned(existing.get(), customerId);
		}
		PaymentProvider adapter = provider(provider);
		List<BillPage> pages = billNumbers.stream()
			.distinct()
			.map((number) -> this.bills.forCustomer(customerId, number))
			.toList();
		if (pages.isEmpty() || pages.stream().map((page) -> page.bill().accountId()).distinct().count() != 1) {
			throw new IllegalArgumentException("An order pays bills of one account");
		}
		Money amount = pages.stream().map(BillPage::outstanding).reduce(Money.ZERO, Money::plus);
		if (!amount.isPositive()) {
			throw new IllegalArgumentException("Nothing is unpaid on these bills");
		}
		Instant now = this.clock.instant();
		String number = "PO" + DAY.format(LocalDate.now(this.clock)) + String.format("%08d", this.orders.nextNumber());
		PaymentOrder order;
		try {
			order = this.book.open(new PaymentOrder(number, customerId, pages.getFirst().bill().accountId(), amount,
					pages.stream().map((page) -> page.bill().billNumber()).toList(), adapter.code(), by, now,
					now.plus(this.expiry), idempotencyKey));
		}
		catch (DataIntegrityViolationException ex) {
			// The same form sent again at the same moment: the first one made the order.
			return owned(this.book.byKey(idempotencyKey).orElseThrow(() -> ex), customerId);
		}
		String description = "账单 / Bills " + String.join(",", order.getBillNumbers());
		String payUrl = adapter.start(new PaymentProvider.OrderRequest(number, amount,
				description.substring(0, Math.min(200, description.length())), order.getExpiresAt(), null,
				returnBase + "/my/payments/" + number));
		this.book.started(number, payUrl);
		return this.book.view(number).orElseThrow();
	}

	/**
	 * Handles a notification from a provider and answers it as the provider expects.
	 * @param body the request as received, recorded with the outcome
	 */
	@Transactional
	public ResponseEntity<String> notified(String provider, Map<String, String> fields, String body) {
		PaymentProvider adapter = provider(provider);
		PaymentProvider.Notification notification = adapter.read(fields);
		Instant now = this.clock.instant();
		NotificationOutcome outcome = outcome(adapter, notification, now);
		this.notificationLog.record(adapter.code(), notification, outcome, body, now);
		boolean acknowledged = outcome.isAcknowledged()
				|| (outcome == NotificationOutcome.REPLAYED && this.book.find(notification.orderNumber())
					.filter((order) -> order.isPaidBy(notification.txnId()))
					.isPresent());
		if (outcome != NotificationOutcome.ACCEPTED) {
			log.info("Notification from {} about {}: {}", provider, notification.orderNumber(), outcome);
		}
		return adapter.answer(acknowledged, outcome.name());
	}

	/** Records a notification whose handling failed (the provider will send it again). */
	public ResponseEntity<String> failed(String provider, Map<String, String> fields, String body) {
		PaymentProvider adapter = provider(provider);
		this.notificationLog.recordFailure(adapter.code(), adapter.read(fields), body, this.clock.instant());
		return adapter.answer(false, NotificationOutcome.ERROR.name());
	}

	/**
	 * Asks the provider where an order stands and takes the payment when it says paid;
	 * closes an order whose time is up.
	 * @return the order as it stands now
	 */
	public OrderView refresh(String orderNumber) {
		PaymentOrder order = this.book.find(orderNumber).orElseThrow(() -> new NotFoundException("Order"));
		if (order.getStatus() != PaymentOrder.Status.CREATED) {
			return this.book.view(orderNumber).orElseThrow();
		}
		PaymentProvider adapter = provider(order.getProvider());
		PaymentProvider.Status status = adapter.query(orderNumber);
		if (status.state() == PaymentProvider.Status.State.PAID) {
			NotificationOutcome outcome = this.book.confirm(orderNumber, status.txnId(), status.amount(),
					status.currency(), status.paidAt(), PaymentOrder.Confirmation.QUERY);
			if (outcome != NotificationOutcome.ACCEPTED && outcome != NotificationOutcome.DUPLICATE) {
				log.warn("Provider says order {} was paid, but: {}", orderNumber, outcome);
			}
		}
		else if (!this.clock.instant().isBefore(order.getExpiresAt()) && adapter.close(orderNumber)) {
			this.book.expire(orderNumber);
		}
		return this.book.view(orderNumber).orElseThrow();
	}

	/**
	 * Looks at the orders still waiting: those whose time is up, and those older than two
	 * minutes without news (a notification may have been lost). Runs every minute.
	 * @return how many were looked at
	 */
	public int refreshWaiting() {
		Instant now = this.clock.instant();
		List<String> waiting = this.book.waiting(now, now.minus(QUERY_AFTER), 500);
		for (String orderNumber : waiting) {
			try {
				refresh(orderNumber);
			}
			catch (PaymentProvider.ProviderException ex) {
				log.warn("Order {} could not be checked: {}", orderNumber, ex.getMessage());
			}
		}
		return waiting.size();
	}

	/** An order of this customer; anyone else's is "not found". */
	public OrderView forCustomer(long customerId, String orderNumber) {
		return this.book.view(orderNumber)
			.filter((order) -> order.customerId() == customerId)
			.orElseThrow(() -> new NotFoundException("Order"));
	}

	/** An order, for staff. */
	public OrderView order(String orderNumber) {
		return this.book.view(orderNumber).orElseThrow(() -> new NotFoundException("Order"));
	}

	/** The latest orders of an account, newest first. */
	public List<OrderView> ofAccount(long accountId) {
		return this.book.ofAccount(accountId, 24);
	}

	private NotificationOutcome outcome(PaymentProvider adapter, PaymentProvider.Notification notification,
			Instant now) {
		if (!notification.isComplete() || !notification.paid()) {
			return NotificationOutcome.MALFORMED;
		}
		if (!notification.signatureValid()) {
			return NotificationOutcome.BAD_SIGNATURE;
		}
		if (Duration.between(notification.sentAt(), now).abs().compareTo(this.tolerance) > 0) {
			return NotificationOutcome.LATE;
		}
		if (!this.notificationLog.claimNonce(adapter.code(), notification.nonce(), now)) {
			return NotificationOutcome.REPLAYED;
		}
		return this.book.confirm(notification.orderNumber(), notification.txnId(), notification.amount(),
				notification.currency(), notification.paidAt(), PaymentOrder.Confirmation.NOTIFICATION);
	}

	private PaymentProvider provider(String code) {
		return this.providers.stream()
			.filter((provider) -> provider.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Payment provider " + code));
	}

	private static OrderView owned(OrderView order, long customerId) {
		if (order.customerId() != customerId) {
			throw new NotFoundException("Order");
		}
		return order;
	}

}
