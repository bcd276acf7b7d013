package org.utilityportal.quality.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.utilityportal.quality.InspectionKind;
import org.utilityportal.quality.ScorecardStatus;

/** Scorecard versions. */
public interface ScorecardRepository extends JpaRepository<Scorecard, Long> {

	Optional<Scorecard> findByKindAndStatus(InspectionKind kind, ScorecardStatus status);

	/** Every version, by kind, newest first. */
	@Query("select s from Scorecard s order by s.kind, s.version desc")
	List<Scorecard> findAllInOrder();

	/** The highest version number of a kind, 0 when none. */
	@Query("select coalesce(max(s.version), 0) from Scorecard s where s.kind = :kind")
	int lastVersion(InspectionKind kind);

}
