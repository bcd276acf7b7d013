package org.utilityportal.customer.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

	/** The customer with its mobile numbers, in one statement. */
	@EntityGraph(attributePaths = "mobiles")
	@Query("select c from Customer c where c.id = :id")
	Optional<Customer> findWithMobiles(long id);

	Optional<Customer> findByIdNumber(String idNumber);

}
