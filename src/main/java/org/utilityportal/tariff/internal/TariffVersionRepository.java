package org.utilityportal.tariff.internal;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.utilityportal.shared.domain.VersionedDocument;

/** Versions of tariffs. */
public interface TariffVersionRepository extends JpaRepository<TariffVersion, Long> {

	/** A version to act on, its row locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select v from TariffVersion v where v.id = :id")
	Optional<TariffVersion> findForUpdate(long id);

	/** Whether a version of the tariff in this status starts on the day. */
	boolean existsByTariffIdAndEffectiveFromAndStatus(long tariffId, LocalDate effectiveFrom,
			VersionedDocument.Status status);

}
