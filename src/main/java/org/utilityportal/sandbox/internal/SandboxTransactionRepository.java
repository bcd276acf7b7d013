package org.utilityportal.sandbox.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SandboxTransactionRepository extends JpaRepository<SandboxTransaction, Long> {

	Optional<SandboxTransaction> findByTxnId(String txnId);

	Optional<SandboxTransaction> findByMerchantOrderNo(String merchantOrderNo);

	@Query("select t from SandboxTransaction t where t.status = org.utilityportal.sandbox.internal.SandboxTransaction.Status.PAID "
			+ "and t.paidAt >= :from and t.paidAt < :to order by t.paidAt")
	List<SandboxTransaction> paidBetween(Instant from, Instant to);

}
