package org.utilityportal.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.shared.money.Money;

/**
 * An account's recent bills beside what they would have cost priced another way, month by
 * month, with the difference (positive: the other way costs more). Only bills between two
 * measured readings are re-priced; the others are listed with the reason.
 *
 * @param account the account
 * @param scenario how it was re-priced
 * @param tariffName the tariff re-priced under, in Chinese and English (index 0 and 1)
 * @param rows one per bill, oldest first
 * @param billed what the re-priced bills charged
 * @param alternative what they would have charged
 */
public record WhatIfComparison(ServiceAccountView account, WhatIfScenario scenario, List<String> tariffName,
		List<Row> rows, Money billed, Money alternative) {

	/** Alternative minus billed: positive when the other way costs more. */
	public Money difference() {
		return this.alternative.minus(this.billed);
	}

	/** Whether any bill could be re-priced. */
	public boolean hasComparableRows() {
		return this.rows.stream().anyMatch(Row::isComparable);
	}

	/** The tariff's name in a language ({@code en} or Chinese). */
	public String tariffName(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.tariffName.get(1) : this.tariffName.getFirst();
	}

	/**
	 * One bill.
	 *
	 * @param billNumber the bill
	 * @param from first day
	 * @param to day after the last day
	 * @param consumption what it charged for
	 * @param billed what it charged (without adjustments)
	 * @param alternative what the other way would have charged, {@code null} when it
	 * could not be re-priced
	 * @param note why not (a message key), {@code null} when re-priced
	 */
	public record Row(String billNumber, LocalDate from, LocalDate to, BigDecimal consumption, Money billed,
			Money alternative, String note) {

		/** Whether the bill was re-priced. */
		public boolean isComparable() {
			return this.alternative != null;
		}

		/** The month the bill is for. */
		public YearMonth month() {
			return YearMonth.from(this.to.minusDays(1));
		}

		/** Alternative minus billed, {@code null} when not re-priced. */
		public Money difference() {
			return (this.alternative != null) ? this.alternative.minus(this.billed) : null;
		}

	}

}
