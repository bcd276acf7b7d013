package org.utilityportal.billing.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RefundRepository extends JpaRepository<Refund, Long> {

	Optional<Refund> findByRefundNumber(String refundNumber);

	@Query("select r from Refund r where r.accountId = :accountId order by r.requestedAt desc")
	List<Refund> findByAccount(long accountId);

	@Query("select r from Refund r where r.status in (org.utilityportal.billing.internal.Decision.REQUESTED, "
			+ "org.utilityportal.billing.internal.Decision.APPROVED) order by r.requestedAt")
	List<Refund> findOpen();

	@Query(value = "select nextval(pg_get_serial_sequence('refund', 'id'))", nativeQuery = true)
	long nextId();

}
