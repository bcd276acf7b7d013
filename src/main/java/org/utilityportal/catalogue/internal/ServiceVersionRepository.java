package org.utilityportal.catalogue.internal;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.utilityportal.shared.domain.VersionedDocument;

/** Versions of catalogue services. */
public interface ServiceVersionRepository extends JpaRepository<ServiceVersion, Long> {

	/** A version to act on, its row locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select v from ServiceVersion v where v.id = :id")
	Optional<ServiceVersion> findForUpdate(long id);

	/** Whether a version of the service in this status starts on the day. */
	boolean existsByServiceIdAndEffectiveFromAndStatus(long serviceId, LocalDate effectiveFrom,
			VersionedDocument.Status status);

}
