package org.utilityportal.metering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.validation.Errors;
import org.utilityportal.shared.money.Rounding;

/**
 * The checks and arithmetic of readings, free of the database so they can be tested
 * alone.
 */
final class ReadingChecks {

	/** Fewest days between readings to say what the usual use is. */
	static final int MIN_HISTORY_DAYS = 28;

	/**
	 * How many days of readings up to the latest one an estimate takes the usual daily
	 * use from.
	 */
	static final int HISTORY_DAYS = 365;

	private ReadingChecks() {
	}

	/** The registers a meter must give, and the kinds the source may record. */
	static void registers(ReadingForm form, Registers registers, ReadingSource source, Errors errors) {
		boolean bands = registers.bands();
		if (registers.demand()) {
			require(form.getMaxDemand(), "maxDemand", errors);
		}
		if (registers.reactive()) {
			require(form.getReactive(), "reactive", errors);
		}
		if (bands) {
			require(form.getPeak(), "peak", errors);
			require(form.getFlat(), "flat", errors);
			require(form.getValley(), "valley", errors);
			if (form.getKind() != ReadingKind.REGULAR) {
				errors.rejectValue("kind", "reading.error.bandsRegularOnly");
			}
		}
		else {
			require(form.getTotal(), "total", errors);
		}
		if (source == ReadingSource.CUSTOMER && form.getKind() != ReadingKind.REGULAR) {
			errors.rejectValue("kind", "reading.error.counterOnly");
		}
		if (form.getKind() == ReadingKind.ROLLOVER) {
			require(form.getRolloverCapacity(), "rolloverCapacity", errors);
		}
		if (form.getKind() == ReadingKind.METER_CHANGE) {
			require(form.getOldMeterFinal(), "oldMeterFinal", errors);
			require(form.getNewMeterInitial(), "newMeterInitial", errors);
		}
	}

	static Reading toReading(long accountId, ReadingForm form, Registers registers, ReadingSource source, String by,
			Instant at) {
		boolean bands = registers.bands();
		BigDecimal total = bands ? form.getPeak().add(form.getFlat()).add(form.getValley()) : form.getTotal();
		boolean rollover = form.getKind() == ReadingKind.ROLLOVER;
		boolean change = form.getKind() == ReadingKind.METER_CHANGE;
		return new Reading(0, accountId, form.getReadOn(), source, form.getKind(), total, bands ? form.getPeak() : null,
				bands ? form.getFlat() : null, bands ? form.getValley() : null,
				rollover ? form.getRolloverCapacity() : null, change ? form.getOldMeterFinal() : null,
				change ? form.getNewMeterInitial() : null, false, by, at,
				registers.demand() ? form.getMaxDemand() : null, registers.reactive() ? form.getReactive() : null);
	}

	/**
	 * A reading against the one before it: never below it unless a rollover or meter
	 * change says why.
	 */
	static void againstPrevious(Reading reading, Reading previous, Errors errors) {
		switch (reading.kind()) {
			case REGULAR -> {
				below(reading.total(), previous.total(), reading.hasBands() ? null : "total", errors);
				if (reading.hasBands() && previous.hasBands()) {
					below(reading.peak(), previous.peak(), "peak", errors);
					below(reading.flat(), previous.flat(), "flat", errors);
					below(reading.valley(), previous.valley(), "valley", errors);
				}
				if (reading.reactive() != null && previous.reactive() != null) {
					below(reading.reactive(), previous.reactive(), "reactive", errors);
				}
			}
			case ROLLOVER -> {
				if (reading.rolloverCapacity().compareTo(previous.total()) <= 0) {
					errors.rejectValue("rolloverCapacity", "reading.error.capacity",
							new Object[] { plain(previous.total()) }, null);
				}
				else if (reading.total().compareTo(previous.total()) >= 0) {
					errors.rejectValue("kind", "reading.error.noRollover");
				}
			}
			case METER_CHANGE -> {
				if (reading.oldMeterFinal().compareTo(previous.total()) < 0) {
					errors.rejectValue("oldMeterFinal", "reading.error.belowPrevious",
							new Object[] { plain(previous.total()) }, null);
				}
				if (reading.newMeterInitial().compareTo(reading.total()) > 0) {
					errors.rejectValue("newMeterInitial", "reading.error.initialAboveReading");
				}
			}
		}
	}

	/** The same reading, flagged as far above the usual use. */
	static Reading flagged(Reading reading) {
		return reading.with(reading.id(), true);
	}

	/** Consumption per day over consecutive readings, oldest first. */
	static Optional<BigDecimal> dailyUsage(List<Reading> oldestFirst) {
		if (oldestFirst.size() < 2) {
			return Optional.empty();
		}
		long days = ChronoUnit.DAYS.between(oldestFirst.getFirst().readOn(), oldestFirst.getLast().readOn());
		if (days < MIN_HISTORY_DAYS) {
			return Optional.empty();
		}
		BigDecimal consumed = BigDecimal.ZERO;
		for (int i = 1; i < oldestFirst.size(); i++) {
			consumed = consumed.add(oldestFirst.get(i).consumptionSince(oldestFirst.get(i - 1)).total());
		}
		return Optional.of(MeterReadings.divide(consumed, days));
	}

	/**
	 * An estimate for a day: the previous reading (the latest before the day) plus the
	 * usual daily use of the readings from {@value #HISTORY_DAYS} days before it up to it
	 * ({@code oldestFirst}, the previous reading last); time-of-use registers share it in
	 * the proportions of the history, the reactive register grows in the history's
	 * proportion to active energy and the maximum demand is the last one read.
	 */
	static Optional<Reading> estimate(Reading previous, List<Reading> oldestFirst, LocalDate day, Instant at) {
		return bandsEstimate(previous, oldestFirst, day, at).map((estimate) -> {
			Reading first = oldestFirst.getFirst();
			BigDecimal activeUsed = previous.total().subtract(first.total());
			BigDecimal reactive = null;
			if (previous.reactive() != null && first.reactive() != null && activeUsed.signum() > 0) {
				BigDecimal added = estimate.total().subtract(previous.total());
				reactive = previous.reactive()
					.add(Rounding.quantity(added.multiply(previous.reactive().subtract(first.reactive()))
						.divide(activeUsed, java.math.MathContext.DECIMAL64)));
			}
			return new Reading(0, estimate.accountId(), day, ReadingSource.ESTIMATED, ReadingKind.REGULAR,
					estimate.total(), estimate.peak(), estimate.flat(), estimate.valley(), null, null, null, false,
					"billing", at, previous.maxDemand(), reactive);
		});
	}

	private static Optional<Reading> bandsEstimate(Reading previous, List<Reading> oldestFirst, LocalDate day,
			Instant at) {
		Optional<BigDecimal> perDay = dailyUsage(oldestFirst);
		if (perDay.isEmpty()) {
			return Optional.empty();
		}
		long days = ChronoUnit.DAYS.between(previous.readOn(), day);
		BigDecimal added = Rounding.quantity(perDay.get().multiply(BigDecimal.valueOf(days)));
		if (!previous.hasBands()) {
			return Optional.of(new Reading(0, previous.accountId(), day, ReadingSource.ESTIMATED, ReadingKind.REGULAR,
					previous.total().add(added), null, null, null, null, null, null, false, "billing", at));
		}
		Reading first = oldestFirst.getFirst();
		BigDecimal totalUsed = previous.total().subtract(first.total());
		if (totalUsed.signum() <= 0 || !first.hasBands()) {
			return Optional.empty();
		}
		BigDecimal peak = Rounding.quantity(added.multiply(previous.peak().subtract(first.peak()))
			.divide(totalUsed, java.math.MathContext.DECIMAL64));
		BigDecimal flat = Rounding.quantity(added.multiply(previous.flat().subtract(first.flat()))
			.divide(totalUsed, java.math.MathContext.DECIMAL64));
		BigDecimal valley = added.subtract(peak).subtract(flat);
		return Optional.of(new Reading(0, previous.accountId(), day, ReadingSource.ESTIMATED, ReadingKind.REGULAR,
				previous.total().add(added), previous.peak().add(peak), previous.flat().add(flat),
				previous.valley().add(valley), null, null, null, false, "billing", at));
	}

	private static void below(BigDecimal value, BigDecimal previous, String field, Errors errors) {
		if (value.compareTo(previous) < 0) {
			Object[] args = { plain(previous) };
			if (field != null) {
				errors.rejectValue(field, "reading.error.belowPrevious", args, null);
			}
			else {
				errors.reject("reading.error.belowPrevious", args, null);
			}
		}
	}

	private static void require(Object value, String field, Errors errors) {
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "validation.required");
		}
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
