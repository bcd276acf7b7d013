package org.utilityportal.identity.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.utilityportal.shared.security.Role;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByRole(Role role);

	boolean existsByCustomerId(long customerId);

}
