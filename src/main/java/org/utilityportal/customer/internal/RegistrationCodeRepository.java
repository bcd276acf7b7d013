package org.utilityportal.customer.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationCodeRepository extends JpaRepository<RegistrationCode, Long> {

}
