package org.utilityportal.appraisal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.utilityportal.appraisal.internal.AppraisalWeights;
import org.utilityportal.appraisal.internal.AppraisalWeightsRepository;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * The weights administrators set: a set from a month on, this month or later (a month
 * already past keeps what it was scored with). Setting the same month again changes that
 * set.
 */
@Service
@RequiredArgsConstructor
public class AppraisalSettings {

	private final AppraisalWeightsRepository weights;

	private final Clock clock;

	/** Every set, the latest first. */
	@Transactional(readOnly = true)
	public List<Weights> history() {
		return this.weights.findAllByOrderByEffectiveFromDesc().stream().map(AppraisalWeights::weights).toList();
	}

	/** Checks the month and the total; messages go next to the fields. */
	public void validate(WeightsForm form, Errors errors) {
		if (form.getFrom() != null && form.getFrom().isBefore(YearMonth.now(this.clock))) {
			errors.rejectValue("from", "appraisal.validation.pastMonth");
		}
		if (form.getSla() != null && form.getSatisfaction() != null && form.getRepeats() != null
				&& form.getInspections() != null && form.getActions() != null && form.getSla() + form.getSatisfaction()
						+ form.getRepeats() + form.getInspections() + form.getActions() != 100) {
			errors.reject("appraisal.validation.total");
		}
	}

	/** Saves the weights from a month on. */
	@Transactional
	public void save(WeightsForm form, PortalPrincipal admin) {
		Weights set = new Weights(form.getFrom().atDay(1), form.getSla(), form.getSatisfaction(), form.getRepeats(),
				form.getInspections(), form.getActions());
		this.weights.findByEffectiveFrom(set.effectiveFrom())
			.ifPresentOrElse((existing) -> existing.change(set, admin.username(), this.clock.instant()),
					() -> this.weights.save(new AppraisalWeights(set, admin.username(), this.clock.instant())));
		this.weights.flush();
	}

}
