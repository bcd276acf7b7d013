package org.utilityportal.metering;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.utilityportal.tariff.Consumption;

/**
 * A meter reading.
 *
 * @param id the reading's id (0 for an estimate not saved yet)
 * @param accountId the service account
 * @param readOn the day it was read
 * @param source actual, estimated or submitted by the customer
 * @param kind regular, rollover or meter change
 * @param total the total register
 * @param peak the peak register of a time-of-use meter, otherwise {@code null}
 * @param flat the flat register of a time-of-use meter, otherwise {@code null}
 * @param valley the valley register of a time-of-use meter, otherwise {@code null}
 * @param rolloverCapacity for a rollover: the value at which the register starts again
 * from zero
 * @param oldMeterFinal for a meter change: the last value of the removed meter
 * @param newMeterInitial for a meter change: the first value of the new meter
 * @param highUsage whether the consumption up to this reading was far above the usual
 * (confirmed)
 * @param enteredBy who entered it
 * @param enteredAt when
 */
public record Reading(long id, long accountId, LocalDate readOn, ReadingSource source, ReadingKind kind,
		BigDecimal total, BigDecimal peak, BigDecimal flat, BigDecimal valley, BigDecimal rolloverCapacity,
		BigDecimal oldMeterFinal, BigDecimal newMeterInitial, boolean highUsage, String enteredBy, Instant enteredAt) {

	/** Whether the meter has time-of-use registers. */
	public boolean hasBands() {
		return this.peak != null;
	}

	/**
	 * What was consumed from an earlier reading up to this one, taking a rollover or a
	 * meter change recorded with this reading into account. Time-of-use registers are
	 * only given for regular readings of time-of-use meters.
	 */
	public Consumption consumptionSince(Reading previous) {
		BigDecimal total = switch (this.kind) {
			case REGULAR -> this.total.subtract(previous.total);
			case ROLLOVER -> this.total.add(this.rolloverCapacity).subtract(previous.total);
			case METER_CHANGE ->
				this.oldMeterFinal.subtract(previous.total).add(this.total.subtract(this.newMeterInitial));
		};
		if (this.kind == ReadingKind.REGULAR && hasBands() && previous.hasBands()) {
			return new Consumption(total, this.peak.subtract(previous.peak), this.flat.subtract(previous.flat),
					this.valley.subtract(previous.valley));
		}
		return Consumption.of(total);
	}

}
