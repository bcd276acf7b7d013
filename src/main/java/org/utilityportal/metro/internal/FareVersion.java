package org.utilityportal.metro.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.ListIndexBase;
import org.utilityportal.metro.FareTable;
import org.utilityportal.metro.FareVersionView;
import org.utilityportal.metro.MonthlyDiscount;
import org.utilityportal.shared.domain.VersionedDocument;
import org.utilityportal.shared.money.Money;

/**
 * A version of the metro fares: the aggregate root of its bands by distance and its
 * discounts by monthly spending (rows numbered from 1). The bands of a published version
 * never change either (a database trigger refuses it).
 */
@Entity
@Table(name = "metro_fare_version")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class FareVersion extends VersionedDocument {

	private BigDecimal extraStepKm;

	private BigDecimal extraStepFare;

	// Read for every version at once (one statement for all versions' bands).
	@ElementCollection
	@CollectionTable(name = "metro_fare_band", joinColumns = @JoinColumn(name = "fare_version_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Fetch(FetchMode.SUBSELECT)
	private List<Band> bands = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "metro_fare_discount", joinColumns = @JoinColumn(name = "fare_version_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Fetch(FetchMode.SUBSELECT)
	private List<Discount> discounts = new ArrayList<>();

	/** A new draft. */
	public FareVersion(Dates dates, FareTable table, MonthlyDiscount discount, String author, Instant at) {
		super(dates, author, at);
		this.extraStepKm = table.extraStepKm();
		this.extraStepFare = table.extraStepFare().amount();
		table.bands().forEach((band) -> this.bands.add(new Band(band.upToKm(), band.fare().amount())));
		discount.steps().forEach((step) -> this.discounts.add(new Discount(step.fromSpent().amount(), step.rate())));
	}

	/** The version as pages and fares read it. */
	public FareVersionView view() {
		FareTable table = new FareTable(
				this.bands.stream().map((band) -> new FareTable.Band(band.upToKm, new Money(band.fare))).toList(),
				this.extraStepKm, new Money(this.extraStepFare));
		MonthlyDiscount discount = new MonthlyDiscount(this.discounts.stream()
			.map((step) -> new MonthlyDiscount.Step(new Money(step.fromSpent), step.rate.stripTrailingZeros()))
			.toList());
		return new FareVersionView(getId(), getEffectiveFrom(), getDocumentNumber(), getDocumentDate(), table,
				isPublished(), getCreatedBy(), getCreatedAt(), getPublishedBy(), getPublishedAt(), getVersion(),
				discount);
	}

	/**
	 * A band: up to {@code upToKm} (and more than the band before) costs {@code fare}.
	 */
	@Embeddable
	@NoArgsConstructor(access = AccessLevel.PROTECTED)
	static class Band {

		private BigDecimal upToKm;

		private BigDecimal fare;

		Band(BigDecimal upToKm, BigDecimal fare) {
			this.upToKm = upToKm;
			this.fare = fare;
		}

	}

	/**
	 * From {@code fromSpent} spent in the month, a ride costs {@code rate} × its fare.
	 */
	@Embeddable
	@NoArgsConstructor(access = AccessLevel.PROTECTED)
	static class Discount {

		private BigDecimal fromSpent;

		private BigDecimal rate;

		Discount(BigDecimal fromSpent, BigDecimal rate) {
			this.fromSpent = fromSpent;
			this.rate = rate;
		}

	}

}
