package org.utilityportal.billing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PaymentReversalRepository extends JpaRepository<PaymentReversal, Long> {

	@Query("select r from PaymentReversal r where r.paymentId = :paymentId and r.status <> "
			+ "org.utilityportal.billing.internal.Decision.REJECTED")
	Optional<PaymentReversal> findStanding(long paymentId);

	@Query("select r from PaymentReversal r where r.status = org.utilityportal.billing.internal.Decision.REQUESTED "
			+ "order by r.requestedAt")
	List<PaymentReversal> findRequested();

	@Query("select r from PaymentReversal r where r.paymentId = :paymentId order by r.requestedAt desc")
	List<PaymentReversal> findByPayment(long paymentId);

}
