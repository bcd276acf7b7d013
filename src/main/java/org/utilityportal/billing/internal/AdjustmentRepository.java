package org.utilityportal.billing.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Bill corrections, one at a time (lists are read by {@link BillQueries}). */
public interface AdjustmentRepository extends JpaRepository<Adjustment, Long> {

}
