package org.utilityportal.catalogue.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Orders with their documents. */
public interface ServiceOrderRepository extends JpaRepository<ServiceOrder, Long> {

	/** The order placed with a form token. */
	@Query("select o.id from ServiceOrder o where o.token = :token")
	Optional<Long> findIdByToken(UUID token);

}
