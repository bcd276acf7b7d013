package org.utilityportal.billing.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LateChargePolicyRepository extends JpaRepository<LateChargePolicy, Long> {

	@Query("select p from LateChargePolicy p order by p.effectiveFrom")
	List<LateChargePolicy> inOrder();

	boolean existsByEffectiveFrom(LocalDate effectiveFrom);

}
