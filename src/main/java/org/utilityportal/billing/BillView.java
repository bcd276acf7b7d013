package org.utilityportal.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.utilityportal.metering.ReadingSource;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Unit;
import org.utilityportal.tariff.ChargeLine;
import org.utilityportal.tariff.LineKind;
import org.utilityportal.tariff.StepSplit;

/**
 * An issued bill with its lines.
 *
 * @param id the bill
 * @param billNumber billing month and account number
 * @param accountId the account
 * @param customerId its holder
 * @param utility the utility
 * @param category the tariff category
 * @param periodFrom first day covered
 * @param periodTo day after the last day covered
 * @param issuedAt when it was issued
 * @param dueDate when payment is due
 * @param openingOn day of the opening reading
 * @param openingTotal opening reading
 * @param openingSource actual, estimated or customer
 * @param closingOn day of the closing reading
 * @param closingTotal closing reading
 * @param closingSource actual, estimated or customer
 * @param consumption consumption charged (from the last measured reading after a
 * correction)
 * @param unit kWh or m³
 * @param yearConsumption consumption of the calendar year up to the end of this bill
 * @param charges sum of the lines
 * @param previousDue what the previous bill said was due
 * @param paidSince payments since the previous bill
 * @param amountDue previous due − paid since + charges (negative: a credit)
 * @param lines the lines
 */
public record BillView(long id, String billNumber, long accountId, long customerId, Utility utility,
		TariffCategory category, LocalDate periodFrom, LocalDate periodTo, Instant issuedAt, LocalDate dueDate,
		LocalDate openingOn, BigDecimal openingTotal, ReadingSource openingSource, LocalDate closingOn,
		BigDecimal closingTotal, ReadingSource closingSource, BigDecimal consumption, Unit unit,
		BigDecimal yearConsumption, Money charges, Money previousDue, Money paidSince, Money amountDue,
		List<ChargeLine> lines) {

	/** The month the bill is for (the last month of its period). */
	public YearMonth month() {
		return YearMonth.from(this.periodTo.minusDays(1));
	}

	/** Days covered. */
	public long days() {
		return ChronoUnit.DAYS.between(this.periodFrom, this.periodTo);
	}

	/** Whether a price change or season cut the period into parts. */
	public boolean isSplit() {
		return this.lines.stream()
			.filter((line) -> line.kind() != LineKind.CORRECTION && line.kind() != LineKind.ADJUSTMENT
					&& line.kind() != LineKind.LATE_CHARGE)
			.map(ChargeLine::from)
			.distinct()
			.count() > 1;
	}

	/** Whether it is the final bill of an account closed or handed over. */
	public boolean isFinal() {
		return this.billNumber.endsWith("F");
	}

	/**
	 * How the steps of a stepped time-of-use tariff were shared between peak, flat and
	 * valley on this bill (corrections of earlier bills left out).
	 */
	public List<StepSplit> stepSplits() {
		return StepSplit.of(this.lines.stream().filter((line) -> line.kind() == LineKind.TIER).toList());
	}

	/** Whether the amount due is a credit. */
	public boolean isCredit() {
		return this.amountDue.isNegative();
	}

}
