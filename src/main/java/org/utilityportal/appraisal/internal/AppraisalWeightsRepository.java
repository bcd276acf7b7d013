package org.utilityportal.appraisal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Weight sets by first month. */
public interface AppraisalWeightsRepository extends JpaRepository<AppraisalWeights, Long> {

	/** The set in force in a month: the latest starting on or before it. */
	Optional<AppraisalWeights> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate month);

	Optional<AppraisalWeights> findByEffectiveFrom(LocalDate month);

	List<AppraisalWeights> findAllByOrderByEffectiveFromDesc();

}
