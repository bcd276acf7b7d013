package org.utilityportal.identity.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationUnitRepository extends JpaRepository<OrganisationUnit, Long> {

	Optional<OrganisationUnit> findByCode(String code);

}
