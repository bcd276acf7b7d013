package org.utilityportal.casework.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseRepository extends JpaRepository<ServiceCase, Long> {

	Optional<ServiceCase> findByNumber(String number);

}
