package org.utilityportal.customer.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.utilityportal.customer.OpenAccount;
import org.utilityportal.shared.domain.Utility;

public interface ServiceAccountRepository extends JpaRepository<ServiceAccount, Long> {

	/** All accounts of a customer, in no particular order. */
	@Query("select a from ServiceAccount a where a.customerId = :customerId")
	List<ServiceAccount> findByCustomer(long customerId);

	Optional<ServiceAccount> findByAccountNumber(String accountNumber);

	/**
	 * Accounts imported from the legacy system under this number (one per utility at
	 * most).
	 */
	List<ServiceAccount> findByLegacyNumber(String legacyNumber);

	@Query("select count(a) from ServiceAccount a where a.utility = :utility and a.meterNumber = :meterNumber "
			+ "and a.status = org.utilityportal.customer.AccountStatus.OPEN and a.id <> :exclude")
	long countOpenWithMeter(Utility utility, String meterNumber, long exclude);

	@Query("select count(a) from ServiceAccount a where a.transitCardNumber = :cardNumber "
			+ "and a.status = org.utilityportal.customer.AccountStatus.OPEN and a.id <> :exclude")
	long countOpenWithCard(String cardNumber, long exclude);

	/** Every open account by id, read in slices of 10,000 rows. */
	@Query("select new org.utilityportal.customer.OpenAccount(a.id, a.customerId, a.utility) from ServiceAccount a "
			+ "where a.status = org.utilityportal.customer.AccountStatus.OPEN order by a.id")
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "10000"))
	Stream<OpenAccount> streamOpen();

	@Query(value = "select nextval('service_account_number_seq')", nativeQuery = true)
	long nextAccountSequence();

}
