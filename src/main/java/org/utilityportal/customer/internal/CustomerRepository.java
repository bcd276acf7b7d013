package org.utilityportal.customer.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

	/**
	 * The customer with its mobile numbers, in one statement. A fetch join rather than an
	 * {@code @EntityGraph}: Spring Data first asks Hibernate for a named graph of the
	 * method's name, which throws (and is caught) on every call, twice a customer page.
	 */
	@Query("select c from Customer c left join fetch c.mobiles where c.id = :id")
	Optional<Customer> findWithMobiles(long id);

	Optional<Customer> findByIdNumber(String idNumber);

}
