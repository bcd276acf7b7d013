package org.utilityportal.payment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PaymentOrderRepository extends JpaRepository<PaymentOrder, Long> {

	Optional<PaymentOrder> findByOrderNumber(String orderNumber);

	Optional<PaymentOrder> findByIdempotencyKey(String idempotencyKey);

	/** The order locked, so confirmations of one order are handled one at a time. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from PaymentOrder o where o.orderNumber = :orderNumber")
	Optional<PaymentOrder> lockByOrderNumber(String orderNumber);

	@Query("select o from PaymentOrder o where o.accountId = :accountId order by o.createdAt desc")
	List<PaymentOrder> findByAccount(long accountId, Limit limit);

	/** Orders still waiting whose time is up, or that were created before a moment. */
	@Query("select o.orderNumber from PaymentOrder o where o.status = org.utilityportal.payment.internal.PaymentOrder.Status.CREATED "
			+ "and (o.expiresAt <= :now or o.createdAt <= :createdBefore) order by o.expiresAt")
	List<String> findWaiting(Instant now, Instant createdBefore, Limit limit);

	@Query(value = "select nextval('payment_order_number_seq')", nativeQuery = true)
	long nextNumber();

}
