package org.utilityportal.metro.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Metro fare versions with their bands and discounts. */
public interface FareVersionRepository extends JpaRepository<FareVersion, Long> {

	/**
	 * Every version, newest effective date first (three statements: versions, bands,
	 * discounts).
	 */
	List<FareVersion> findAllByOrderByEffectiveFromDescIdDesc();

	/** A version to act on, its row locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select v from FareVersion v where v.id = :id")
	Optional<FareVersion> findForUpdate(long id);

}
