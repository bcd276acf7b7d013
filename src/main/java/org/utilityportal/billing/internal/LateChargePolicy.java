package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A version of the late-payment charge's rates and grace period, in force from a day
 * until the next version. A version never changes once saved; a new one replaces it from
 * its own first day.
 */
@Entity
@Table(name = "late_charge_policy")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class LateChargePolicy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate effectiveFrom;

	private BigDecimal residentialRate;

	private BigDecimal otherCurrentRate;

	private BigDecimal otherEarlierRate;

	private int graceDays;

	private String reason;

	private String setBy;

	private Instant setAt;

	@Version
	private long version;

	public LateChargePolicy(LocalDate effectiveFrom, BigDecimal residentialRate, BigDecimal otherCurrentRate,
			BigDecimal otherEarlierRate, int graceDays, String reason, String setBy, Instant setAt) {
		this.effectiveFrom = effectiveFrom;
		this.residentialRate = residentialRate;
		this.otherCurrentRate = otherCurrentRate;
		this.otherEarlierRate = otherEarlierRate;
		this.graceDays = graceDays;
		this.reason = reason;
		this.setBy = setBy;
		this.setAt = setAt;
	}

	/** The rates as the calculator uses them. */
	public LateChargeCalculator.Rates rates() {
		return new LateChargeCalculator.Rates(this.effectiveFrom, this.residentialRate, this.otherCurrentRate,
				this.otherEarlierRate, this.graceDays);
	}

}
