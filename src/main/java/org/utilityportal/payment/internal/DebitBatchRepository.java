package org.utilityportal.payment.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DebitBatchRepository extends JpaRepository<DebitBatch, Long> {

	Optional<DebitBatch> findByBatchNumber(String batchNumber);

	@Query("select b from DebitBatch b order by b.createdAt desc")
	List<DebitBatch> recent(Limit limit);

	@Query(value = "select nextval('debit_batch_number_seq')", nativeQuery = true)
	long nextNumber();

}
