package org.utilityportal.payment.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DebitMandateRepository extends JpaRepository<DebitMandate, Long> {

	/** The mandate asked for or in force of an account, if any. */
	@Query("select m from DebitMandate m where m.accountId = :accountId and m.status in "
			+ "(org.utilityportal.payment.internal.DebitMandate.Status.REQUESTED, "
			+ "org.utilityportal.payment.internal.DebitMandate.Status.ACTIVE)")
	Optional<DebitMandate> findStanding(long accountId);

	@Query("select m from DebitMandate m where m.status = org.utilityportal.payment.internal.DebitMandate.Status.REQUESTED "
			+ "order by m.requestedAt")
	List<DebitMandate> findRequested();

	@Query("select m from DebitMandate m where m.accountId = :accountId order by m.requestedAt desc")
	List<DebitMandate> findByAccount(long accountId);

}
