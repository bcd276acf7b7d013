package org.utilityportal.metering.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Meter readings; every query is a range of the index on (account, day) of V11.
 */
public interface MeterReadingRepository extends JpaRepository<MeterReading, Long> {

	/** The newest readings of an account, newest first. */
	List<MeterReading> findByAccountIdOrderByReadOnDesc(long accountId, Limit limit);

	/** The readings of an account on or after a day, oldest first. */
	List<MeterReading> findByAccountIdAndReadOnGreaterThanEqualOrderByReadOn(long accountId, LocalDate from);

	/** The latest reading of an account on or before a day. */
	Optional<MeterReading> findFirstByAccountIdAndReadOnLessThanEqualOrderByReadOnDesc(long accountId, LocalDate day);

}
