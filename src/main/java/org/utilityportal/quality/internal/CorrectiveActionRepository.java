package org.utilityportal.quality.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Corrective actions. */
public interface CorrectiveActionRepository extends JpaRepository<CorrectiveAction, Long> {

	/** An action to act on, its row locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from CorrectiveAction a where a.id = :id")
	Optional<CorrectiveAction> findForUpdate(long id);

}
