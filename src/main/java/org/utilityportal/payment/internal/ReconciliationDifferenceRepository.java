package org.utilityportal.payment.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReconciliationDifferenceRepository extends JpaRepository<ReconciliationDifference, Long> {

}
