package org.utilityportal.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.utilityportal.shared.security.Role;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByRole(Role role);

	boolean existsByCustomerId(long customerId);

	/**
	 * The enabled sign-in accounts of these customers, in one statement on the index of
	 * the customer id (an array parameter, so any number of customers).
	 */
	@Query(value = "select id from user_account where customer_id = any(:customerIds) and role = 'CUSTOMER' and enabled",
			nativeQuery = true)
	List<Long> findEnabledCustomerLogins(Long[] customerIds);

}
