package org.utilityportal.billing.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CashierDayRepository extends JpaRepository<CashierDay, Long> {

	Optional<CashierDay> findByClerkAndBusinessDate(String clerk, LocalDate businessDate);

	@Query("select d from CashierDay d where d.businessDate >= :from order by d.businessDate desc, d.clerk")
	List<CashierDay> since(LocalDate from);

}
