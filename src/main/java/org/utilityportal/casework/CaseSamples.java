package org.utilityportal.casework;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.casework.internal.CaseQueries;

/**
 * Closed cases for quality reviews (issue 14): one named by its number, or one drawn at
 * random from what a team resolved in the last 30 days (by rule: only those that missed a
 * deadline or were rated 3 or less).
 */
@Service
@RequiredArgsConstructor
public class CaseSamples {

	static final Duration PERIOD = Duration.ofDays(30);

	private final CaseQueries queries;

	private final Clock clock;

	/**
	 * A closed case for review.
	 *
	 * @param number the case number
	 * @param personId the person its resolution counts for, {@code null} when none
	 * @param unitId the team its resolution counts for
	 * @param closedAt when it closed
	 */
	public record ClosedCase(String number, Long personId, long unitId, Instant closedAt) {
	}

	/** A closed case by its number (empty when there is none, or it is not closed). */
	@Transactional(readOnly = true)
	public Optional<ClosedCase> closed(String number) {
		return this.queries.closed(number, null, null, false).map(CaseSamples::closedCase);
	}

	/** A case a team resolved in the last 30 days and that is closed, drawn at random. */
	@Transactional(readOnly = true)
	public Optional<ClosedCase> draw(long unitId, boolean byRule) {
		return this.queries.closed(null, unitId, this.clock.instant().minus(PERIOD), byRule)
			.map(CaseSamples::closedCase);
	}

	private static ClosedCase closedCase(Object[] row) {
		return new ClosedCase((String) row[0], (row[1] != null) ? ((Number) row[1]).longValue() : null, (long) row[2],
				(Instant) row[3]);
	}

}
