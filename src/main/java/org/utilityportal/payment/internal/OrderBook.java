package org.utilityportal.payment.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.billing.NewPayment;
import org.utilityportal.billing.PaymentMethod;
import org.utilityportal.billing.Payments;
import org.utilityportal.payment.NotificationOutcome;
import org.utilityportal.payment.OrderView;
import org.utilityportal.shared.money.Money;

/**
 * The portal's payment orders, each change in a transaction of its own: opening an order,
 * confirming it (the order locked, then the payment taken through billing with the key
 * {@code order-<number>}, so however often and however concurrently a confirmation
 * arrives there is one payment), and expiring it.
 */
@Component
@RequiredArgsConstructor
public class OrderBook {

	private final PaymentOrderRepository orders;

	private final Payments payments;

	/** Saves a new order. */
	@Transactional
	public PaymentOrder open(PaymentOrder order) {
		return this.orders.saveAndFlush(order);
	}

	/** Records where the provider sends the customer. */
	@Transactional
	public void started(String orderNumber, String payUrl) {
		this.orders.findByOrderNumber(orderNumber).ifPresent((order) -> order.started(payUrl));
	}

	@Transactional(readOnly = true)
	public Optional<PaymentOrder> find(String orderNumber) {
		return this.orders.findByOrderNumber(orderNumber);
	}

	/** An order as a view (its bills read inside the transaction). */
	@Transactional(readOnly = true)
	public Optional<OrderView> view(String orderNumber) {
		return this.orders.findByOrderNumber(orderNumber).map(OrderBook::view);
	}

	/** The order an idempotency key made, as a view. */
	@Transactional(readOnly = true)
	public Optional<OrderView> byKey(String idempotencyKey) {
		return this.orders.findByIdempotencyKey(idempotencyKey).map(OrderBook::view);
	}

	/** The latest orders of an account, newest first. */
	@Transactional(readOnly = true)
	public List<OrderView> ofAccount(long accountId, int limit) {
		return this.orders.findByAccount(accountId, org.springframework.data.domain.Limit.of(limit))
			.stream()
			.map(OrderBook::view)
			.toList();
	}

	static OrderView view(PaymentOrder order) {
		return new OrderView(order.getOrderNumber(), order.getCustomerId(), order.getAccountId(), order.getAmount(),
				order.getBillNumbers(), order.getProvider(), order.getStatus().name(), order.getCreatedAt(),
				order.getExpiresAt(), order.getPayUrl(), order.getProviderTxnId(), order.getPaidAt(),
				order.getReceiptNumber(), (order.getConfirmedBy() != null) ? order.getConfirmedBy().name() : null);
	}

	/**
	 * A provider confirmed that an order was paid; joins the caller's transaction.
	 * @return what became of the confirmation
	 */
	@Transactional
	public NotificationOutcome confirm(String orderNumber, String txnId, BigDecimal amount, String currency,
			Instant paidAt, PaymentOrder.Confirmation by) {
		Optional<PaymentOrder> found = this.orders.lockByOrderNumber(orderNumber);
		if (found.isEmpty()) {
			return NotificationOutcome.UNKNOWN_ORDER;
		}
		PaymentOrder order = found.get();
		if (order.isPaidBy(txnId)) {
			return NotificationOutcome.DUPLICATE;
		}
		if (order.getStatus() == PaymentOrder.Status.PAID || amount == null
				|| amount.compareTo(order.getAmount().amount()) != 0 || !order.getCurrency().equals(currency)) {
			return NotificationOutcome.MISMATCH;
		}
		if (order.getStatus() == PaymentOrder.Status.EXPIRED) {
			return NotificationOutcome.LATE;
		}
		String receipt = this.payments
			.take(new NewPayment(order.getAccountId(), new Money(amount), PaymentMethod.ONLINE, "order-" + orderNumber,
					"online:" + order.getProvider(), paidAt, order.getBillNumbers()));
		order.paid(txnId, paidAt, receipt, by);
		this.orders.flush();
		return NotificationOutcome.ACCEPTED;
	}

	/** The order expired unpaid. */
	@Transactional
	public void expire(String orderNumber) {
		this.orders.lockByOrderNumber(orderNumber)
			.filter((order) -> order.getStatus() == PaymentOrder.Status.CREATED)
			.ifPresent(PaymentOrder::expire);
	}

	/** Orders still waiting that are due for a look. */
	@Transactional(readOnly = true)
	public List<String> waiting(Instant now, Instant createdBefore, int limit) {
		return this.orders.findWaiting(now, createdBefore, org.springframework.data.domain.Limit.of(limit));
	}

}
