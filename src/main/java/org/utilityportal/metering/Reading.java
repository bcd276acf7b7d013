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
 * @param maxDemand the highest demand since the previous reading, kW (two-part customers
 * billed by demand), otherwise {@code null}
 * @param reactive the reactive energy register, kvarh (customers assessed on their power
 * factor), otherwise {@code null}
 */
public record Reading(long id, long accountId, LocalDate readOn, ReadingSource source, ReadingKind kind,
		BigDecimal total, BigDecimal peak, BigDecimal flat, BigDecimal valley, BigDecimal rolloverCapacity,
		BigDecimal oldMeterFinal, BigDecimal newMeterInitial, boolean highUsage, String enteredBy, Instant enteredAt,
		BigDecimal maxDemand, BigDecimal reactive) {

	/** A reading without demand or reactive registers. */
	public Reading(long id, long accountId, LocalDate readOn, ReadingSource source, ReadingKind kind, BigDecimal total,
			BigDecimal peak, BigDecimal flat, BigDecimal valley, BigDecimal rolloverCapacity, BigDecimal oldMeterFinal,
			BigDecimal newMeterInitial, boolean highUsage, String enteredBy, Instant enteredAt) {
		this(id, accountId, readOn, source, kind, total, peak, flat, valley, rolloverCapacity, oldMeterFinal,
				newMeterInitial, highUsage, enteredBy, enteredAt, null, null);
	}

	/** The same reading with another id, flag or registers (saving, flagging). */
	public Reading with(long newId, boolean flagged) {
		return new Reading(newId, this.accountId, this.readOn, this.source, this.kind, this.total, this.peak, this.flat,
				this.valley, this.rolloverCapacity, this.oldMeterFinal, this.newMeterInitial, flagged, this.enteredBy,
				this.enteredAt, this.maxDemand, this.reactive);
	}

	/** The same reading with a maximum demand (kW) and a reactive register (kvarh). */
	public Reading withRegisters(BigDecimal newMaxDemand, BigDecimal newReactive) {
		return new Reading(this.id, this.accountId, this.readOn, this.source, this.kind, this.total, this.peak,
				this.flat, this.valley, this.rolloverCapacity, this.oldMeterFinal, this.newMeterInitial, this.highUsage,
				this.enteredBy, this.enteredAt, newMaxDemand, newReactive);
	}

	/** Whether the meter has time-of-use registers. */
	public boolean hasBands() {
		return this.peak != null;
	}

	/**
	 * What was consumed from an earlier reading up to this one, taking a rollover or a
	 * meter change recorded with this reading into account. Time-of-use registers are
	 * only given for regular readings of time-of-use meters. The maximum demand is this
	 * reading's; reactive energy is the difference of the reactive registers of two
	 * regular readings that both have one.
	 */
	public Consumption consumptionSince(Reading previous) {
		BigDecimal total = switch (this.kind) {
			case REGULAR -> this.total.subtract(previous.total);
			case ROLLOVER -> this.total.add(this.rolloverCapacity).subtract(previous.total);
			case METER_CHANGE ->
				this.oldMeterFinal.subtract(previous.total).add(this.total.subtract(this.newMeterInitial));
		};
		BigDecimal reactiveUsed = (this.kind == ReadingKind.REGULAR && this.reactive != null
				&& previous.reactive != null) ? this.reactive.subtract(previous.reactive) : null;
		if (this.kind == ReadingKind.REGULAR && hasBands() && previous.hasBands()) {
			return new Consumption(total, this.peak.subtract(previous.peak), this.flat.subtract(previous.flat),
					this.valley.subtract(previous.valley), this.maxDemand, reactiveUsed);
		}
		return Consumption.of(total).withDemand(this.maxDemand, reactiveUsed);
	}

}
