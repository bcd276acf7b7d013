package org.utilityportal.tariff.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.money.Unit;

/**
 * A tariff: the prices of one utility's price category, in versions (kept in
 * {@code tariff_version}). Created by a price officer; its first version goes through the
 * same four-eyes publishing as every later one. Retired from a day, it prices nothing
 * from then on and stays on record.
 */
@Entity
@Table(name = "tariff")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Tariff {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Utility utility;

	@Enumerated(EnumType.STRING)
	private TariffCategory category;

	private String nameZh;

	private String nameEn;

	@Enumerated(EnumType.STRING)
	private Unit unit;

	private LocalDate retiredOn;

	private String createdBy;

	@Version
	private long version;

	public Tariff(Utility utility, TariffCategory category, String nameZh, String nameEn, Unit unit, String createdBy) {
		if (!utility.isMetered() || unit != utility.unit()) {
			throw new IllegalArgumentException(utility + " is not priced in " + unit);
		}
		this.utility = utility;
		this.category = category;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.unit = unit;
		this.createdBy = createdBy;
	}

	/** Retires the tariff from a day; refused when it is already retired. */
	public void retire(LocalDate from) {
		if (this.retiredOn != null) {
			throw new IllegalStateException("Tariff " + this.id + " is already retired");
		}
		this.retiredOn = from;
	}

	/** Whether the tariff prices consumption on a day. */
	public boolean pricesOn(LocalDate day) {
		return this.retiredOn == null || day.isBefore(this.retiredOn);
	}

}
