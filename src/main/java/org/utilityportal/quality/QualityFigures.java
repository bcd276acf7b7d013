package org.utilityportal.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.quality.internal.QualityQueries;

/**
 * Each person's quality figures over a period, for the appraisal: their inspection
 * results (by the day scored; after a contest the settled result) and their corrective
 * actions due in the period, done by the end of the due day or not. One statement.
 */
@Service
@RequiredArgsConstructor
public class QualityFigures {

	private final QualityQueries queries;

	private final Clock clock;

	/**
	 * A person's figures.
	 *
	 * @param inspections inspections with a result
	 * @param averagePercent their average result, per cent to one decimal (half up), or
	 * {@code null} without any
	 * @param actionsDue corrective actions due
	 * @param actionsOnTime of which done in time
	 */
	public record PersonQuality(long inspections, BigDecimal averagePercent, long actionsDue, long actionsOnTime) {
	}

	/** Everyone's figures over the days {@code from}–{@code to}, by user account id. */
	@Transactional(readOnly = true)
	public Map<Long, PersonQuality> of(LocalDate from, LocalDate to) {
		Map<Long, PersonQuality> figures = new HashMap<>();
		for (QualityQueries.PersonFigures f : this.queries.figures(from, to, this.clock.getZone())) {
			BigDecimal average = (f.inspections() > 0)
					? f.percentSum().divide(BigDecimal.valueOf(f.inspections()), 1, RoundingMode.HALF_UP) : null;
			figures.put(f.personId(), new PersonQuality(f.inspections(), average, f.actionsDue(), f.actionsOnTime()));
		}
		return figures;
	}

}
