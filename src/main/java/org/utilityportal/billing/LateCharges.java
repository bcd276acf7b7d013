package org.utilityportal.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.utilityportal.billing.internal.LateChargeCalculator;
import org.utilityportal.billing.internal.LateChargePolicy;
import org.utilityportal.billing.internal.LateChargePolicyRepository;
import org.utilityportal.billing.internal.OverdueBillWriter;

/**
 * The late-payment charge (违约金): its rules in versions an administrator sets from a
 * future day (rates in ‰ of the amount overdue a day with at most one decimal; the grace
 * period in days), and the daily registration of bills whose grace ended unpaid. The
 * charge itself is worked out when the next bill is issued and appears on it as its own
 * lines ({@link LateChargeCalculator}). Defaults: 《供电营业规则》 art. 98 — residential 1‰,
 * others 2‰ (arrears of the current year) and 3‰ (earlier years), no grace.
 */
@Slf4j
@Service
@RequiredArgsConstructor
public class LateCharges {

	private static final BigDecimal MAX_PER_MILLE = BigDecimal.TEN;

	private final LateChargePolicyRepository policies;

	private final OverdueBillWriter overdue;

	private final Clock clock;

	/** Every version, oldest first. */
	@Transactional(readOnly = true)
	public List<LateChargeVersion> versions() {
		return this.policies.inOrder()
			.stream()
			.map((p) -> new LateChargeVersion(p.getEffectiveFrom(), perMille(p.getResidentialRate()),
					perMille(p.getOtherCurrentRate()), perMille(p.getOtherEarlierRate()), p.getGraceDays(),
					p.getReason(), p.getSetBy(), p.getSetAt()))
			.toList();
	}

	/** The versions as the calculator uses them. */
	@Transactional(readOnly = true)
	public List<LateChargeCalculator.Rates> rates() {
		return this.policies.inOrder().stream().map(LateChargePolicy::rates).toList();
	}

	/**
	 * Sets a new version from a future day; nothing is saved when {@code errors} say what
	 * is wrong (field names: effectiveFrom, residential, otherCurrent, otherEarlier,
	 * graceDays, reason).
	 */
	@Transactional
	public void set(LocalDate effectiveFrom, String residential, String otherCurrent, String otherEarlier,
			String graceDays, String reason, String by, Errors errors) {
		if (effectiveFrom == null || !effectiveFrom.isAfter(LocalDate.now(this.clock))) {
			errors.rejectValue("effectiveFrom", "lateCharge.error.from");
		}
		else if (this.policies.existsByEffectiveFrom(effectiveFrom)) {
			errors.rejectValue("effectiveFrom", "lateCharge.error.taken");
		}
		BigDecimal r = rate(residential, "residential", errors);
		BigDecimal c = rate(otherCurrent, "otherCurrent", errors);
		BigDecimal e = rate(otherEarlier, "otherEarlier", errors);
		Integer grace = null;
		try {
			grace = Integer.valueOf(graceDays.strip());
		}
		catch (NumberFormatException | NullPointerException ex) {
			// refused below
		}
		if (grace == null || grace < 0 || grace > 90) {
			errors.rejectValue("graceDays", "lateCharge.error.grace");
		}
		if (reason == null || reason.isBlank() || reason.length() > 300) {
			errors.rejectValue("reason", "lateCharge.error.reason");
		}
		if (errors.hasErrors()) {
			return;
		}
		this.policies.saveAndFlush(
				new LateChargePolicy(effectiveFrom, r, c, e, grace, reason.strip(), by, this.clock.instant()));
	}

	/**
	 * The daily registration (00:10) of {@link #registerOverdue(LocalDate)}, on one
	 * instance.
	 */
	@Scheduled(cron = "0 10 0 * * *")
	@SchedulerLock(name = "overdue-bills", lockAtLeastFor = "PT10M", lockAtMostFor = "PT1H")
	@Transactional
	public void registerOverdueDaily() {
		registerOverdue(LocalDate.now(this.clock));
	}

	/**
	 * Registers the bills whose grace period ended unpaid before a day; daily, and before
	 * each billing run.
	 * @return how many were registered
	 */
	@Transactional
	public int registerOverdue(LocalDate today) {
		int registered = this.overdue.register(today, this.clock.getZone());
		if (registered > 0) {
			log.info("{} bills overdue after their grace period", registered);
		}
		return registered;
	}

	private static BigDecimal rate(String perMille, String field, Errors errors) {
		try {
			BigDecimal value = new BigDecimal(perMille.strip());
			if (value.signum() >= 0 && value.compareTo(MAX_PER_MILLE) <= 0 && value.stripTrailingZeros().scale() <= 1) {
				return value.movePointLeft(3);
			}
		}
		catch (NumberFormatException | NullPointerException ex) {
			// refused below
		}
		errors.rejectValue(field, "lateCharge.error.rate");
		return null;
	}

	private static BigDecimal perMille(BigDecimal rate) {
		return rate.movePointRight(3).stripTrailingZeros();
	}

}
