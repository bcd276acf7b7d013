package org.utilityportal.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.appraisal.internal.AppraisalWeightsRepository;
import org.utilityportal.casework.CaseReport;
import org.utilityportal.identity.OrgUnit;
import org.utilityportal.identity.OrgUnits;
import org.utilityportal.identity.StaffPlacement;
import org.utilityportal.quality.QualityFigures;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.NotFoundException;

/**
 * The monthly appraisal of front-line staff ({@link AppraisalCalculator}): their case
 * figures from casework (charged at the breach; cases by the day they were registered,
 * visits by the day they were made), their inspection results and corrective actions from
 * quality, with the weights in force in the month. A league table ranks a unit's people
 * by score (equal scores share a rank); a month's figures settle once its cases are done,
 * so a month is best paid from after it has ended.
 */
@Service
@RequiredArgsConstructor
public class Appraisals {

	private final CaseReport cases;

	private final QualityFigures quality;

	private final OrgUnits orgUnits;

	private final AppraisalWeightsRepository weights;

	private final Clock clock;

	/** The weights in force in a month. */
	@Transactional(readOnly = true)
	public Weights weightsFor(YearMonth month) {
		return this.weights.findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(month.atDay(1))
			.map((w) -> w.weights())
			.orElseThrow(() -> new IllegalStateException("No appraisal weights for " + month));
	}

	/**
	 * The month of every front-line member of staff of a unit (all units: {@code null}),
	 * ranked within their unit, best first.
	 */
	@Transactional(readOnly = true)
	public List<AppraisalRow> league(YearMonth month, Long unitId) {
		List<StaffPlacement> staff = this.orgUnits.staffWithRoles(List.of(Role.COUNTER))
			.stream()
			.filter((p) -> unitId == null || Objects.equals(p.orgUnitId(), unitId))
			.toList();
		return rank(rows(staff, month));
	}

	/** One person's month. */
	@Transactional(readOnly = true)
	public AppraisalRow of(long personId, YearMonth month) {
		StaffPlacement person = this.orgUnits.staff(personId).orElseThrow(() -> new NotFoundException("Staff member"));
		return rows(List.of(person), month).getFirst();
	}

	/** The current month. */
	public YearMonth thisMonth() {
		return YearMonth.now(this.clock);
	}

	private List<AppraisalRow> rows(List<StaffPlacement> staff, YearMonth month) {
		LocalDate from = month.atDay(1);
		LocalDate to = month.atEndOfMonth();
		Map<Long, CaseReport.StaffFigures> caseFigures = this.cases.staffFigures(from, to);
		Map<Long, QualityFigures.PersonQuality> qualityFigures = this.quality.of(from, to);
		Map<Long, OrgUnit> units = this.orgUnits.byId();
		Weights weights = weightsFor(month);
		List<AppraisalRow> rows = new ArrayList<>();
		for (StaffPlacement person : staff) {
			AppraisalInput input = input(caseFigures.get(person.id()), qualityFigures.get(person.id()));
			OrgUnit unit = (person.orgUnitId() != null) ? units.get(person.orgUnitId()) : null;
			rows.add(new AppraisalRow(null, person.id(), person.name(), person.workNumber(),
					(unit != null) ? unit.nameZh() : null, month, input, AppraisalCalculator.score(input, weights),
					weights));
		}
		return rows;
	}

	private static AppraisalInput input(CaseReport.StaffFigures c, QualityFigures.PersonQuality q) {
		if (c == null && q == null) {
			return AppraisalInput.NONE;
		}
		CaseReport.StaffFigures cases = (c != null) ? c : new CaseReport.StaffFigures(0, 0, 0, 0, 0, 0, 0, 0);
		QualityFigures.PersonQuality quality = (q != null) ? q : new QualityFigures.PersonQuality(0, null, 0, 0);
		return new AppraisalInput(cases.firstReplyMeasured() + cases.resolutionMeasured(),
				cases.firstReplyOnTime() + cases.resolutionOnTime(), cases.visits(), cases.satisfied(),
				cases.resolutionMeasured(), cases.repeats(), quality.inspections(), quality.averagePercent(),
				quality.actionsDue(), quality.actionsOnTime());
	}

	/** Ranks each unit's people by score; equal scores share a rank, no score none. */
	static List<AppraisalRow> rank(List<AppraisalRow> rows) {
		List<AppraisalRow> sorted = new ArrayList<>(rows);
		sorted.sort(Comparator.comparing((AppraisalRow r) -> String.valueOf(r.unit()))
			.thenComparing((AppraisalRow r) -> r.result().score(), Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(AppraisalRow::workNumber, Comparator.nullsLast(Comparator.naturalOrder())));
		List<AppraisalRow> ranked = new ArrayList<>();
		String unit = null;
		int place = 0;
		int rank = 0;
		java.math.BigDecimal last = null;
		for (AppraisalRow row : sorted) {
			if (!Objects.equals(unit, row.unit())) {
				unit = row.unit();
				place = 0;
				last = null;
			}
			place++;
			if (row.result().score() == null) {
				ranked.add(row);
				continue;
			}
			if (last == null || row.result().score().compareTo(last) != 0) {
				rank = place;
				last = row.result().score();
			}
			ranked.add(new AppraisalRow(rank, row.personId(), row.name(), row.workNumber(), row.unit(), row.month(),
					row.input(), row.result(), row.weights()));
		}
		return ranked;
	}

}
