package org.utilityportal.metering.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Immutable;
import org.utilityportal.metering.Reading;
import org.utilityportal.metering.ReadingKind;
import org.utilityportal.metering.ReadingSource;

/**
 * A meter reading as recorded: checked before it is made ({@code ReadingChecks}), then
 * never changed (a wrong reading is followed by a right one, never edited), so it has no
 * version and Hibernate never updates it. One per account and day (a unique key).
 */
@Entity
@Table(name = "meter_reading")
@Immutable
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class MeterReading {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long accountId;

	private LocalDate readOn;

	@Enumerated(EnumType.STRING)
	private ReadingSource source;

	@Enumerated(EnumType.STRING)
	private ReadingKind kind;

	private BigDecimal total;

	private BigDecimal peak;

	private BigDecimal flat;

	private BigDecimal valley;

	private BigDecimal rolloverCapacity;

	private BigDecimal oldMeterFinal;

	private BigDecimal newMeterInitial;

	private boolean highUsage;

	private String enteredBy;

	private Instant enteredAt;

	private BigDecimal maxDemand;

	private BigDecimal reactive;

	/** A reading to record, checked already. */
	public MeterReading(Reading checked) {
		this.accountId = checked.accountId();
		this.readOn = checked.readOn();
		this.source = checked.source();
		this.kind = checked.kind();
		this.total = checked.total();
		this.peak = checked.peak();
		this.flat = checked.flat();
		this.valley = checked.valley();
		this.rolloverCapacity = checked.rolloverCapacity();
		this.oldMeterFinal = checked.oldMeterFinal();
		this.newMeterInitial = checked.newMeterInitial();
		this.highUsage = checked.highUsage();
		this.enteredBy = checked.enteredBy();
		this.enteredAt = checked.enteredAt();
		this.maxDemand = checked.maxDemand();
		this.reactive = checked.reactive();
	}

	/** The reading as the rest of the portal reads it. */
	public Reading view() {
		return new Reading(this.id, this.accountId, this.readOn, this.source, this.kind, this.total, this.peak,
				this.flat, this.valley, this.rolloverCapacity, this.oldMeterFinal, this.newMeterInitial, this.highUsage,
				this.enteredBy, this.enteredAt, this.maxDemand, this.reactive);
	}

}
