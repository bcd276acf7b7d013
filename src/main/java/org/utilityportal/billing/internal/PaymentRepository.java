package org.utilityportal.billing.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PaymentRepository extends JpaRepository<Payment, Long> {

	Optional<Payment> findByIdempotencyKey(String idempotencyKey);

	Optional<Payment> findByReceiptNumber(String receiptNumber);

	@Query(value = "select nextval(pg_get_serial_sequence('payment', 'id'))", nativeQuery = true)
	long nextId();

}
