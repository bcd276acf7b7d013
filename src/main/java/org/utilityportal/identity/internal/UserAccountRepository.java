package org.utilityportal.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.utilityportal.shared.security.Role;

import jakarta.persistence.LockModeType;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	Optional<UserAccount> findByWorkNumber(String workNumber);

	boolean existsByRole(Role role);

	long countByRoleAndEnabledTrue(Role role);

	boolean existsByCustomerId(long customerId);

	/**
	 * The enabled sign-in accounts of these customers, in one statement on the index of
	 * the customer id (an array parameter, so any number of customers).
	 */
	@Query(value = "select id from user_account where customer_id = any(:customerIds) and role = 'CUSTOMER' and enabled",
			nativeQuery = true)
	List<Long> findEnabledCustomerLogins(Long[] customerIds);

	List<UserAccount> findByRoleNotOrderByDisplayName(Role role);

	/**
	 * The enabled administrators, locked: two administrators disabling each other at the
	 * same moment cannot both succeed and leave none.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from UserAccount a where a.role = org.utilityportal.shared.security.Role.ADMIN and a.enabled = true")
	List<UserAccount> lockEnabledAdministrators();

}
