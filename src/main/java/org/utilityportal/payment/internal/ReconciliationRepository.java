package org.utilityportal.payment.internal;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReconciliationRepository extends JpaRepository<Reconciliation, Long> {

	boolean existsBySourceAndStatementDate(String source, java.time.LocalDate statementDate);

	@Query("select r from Reconciliation r order by r.statementDate desc, r.source")
	List<Reconciliation> recent(Limit limit);

}
