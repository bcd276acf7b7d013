package org.utilityportal.quality.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Inspections with their item scores. */
public interface InspectionRepository extends JpaRepository<Inspection, Long> {

	/** An inspection to act on, its row locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Inspection i where i.id = :id")
	Optional<Inspection> findForUpdate(long id);

}
