package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.utilityportal.metering.Reading;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.money.Unit;
import org.utilityportal.tariff.ChargeLine;

/**
 * A bill computed by the billing run, ready to be written.
 *
 * @param billNumber billing month and account number, e.g. {@code 202610E1000000001}
 * @param accountId the account
 * @param customerId its holder
 * @param utility its utility
 * @param category its tariff category
 * @param periodFrom first day covered
 * @param periodTo day after the last day covered
 * @param opening the reading the consumption starts from
 * @param closing the reading it ends at; an estimate with id 0 still has to be saved
 * @param consumption what the bill charges for (since the last measured reading after a
 * correction)
 * @param unit kWh or m³
 * @param yearConsumption consumption of the calendar year up to the end of this bill
 * @param lines the lines, in order
 * @param charges the sum of the lines
 * @param previousDue what the previous bill said was due
 * @param paidSince payments since the previous bill
 * @param amountDue previous due − paid since + charges; negative is a credit
 * @param dueDate the day payment is due
 * @param appliedAdjustments the adjustments this bill carries
 */
public record BillDraft(String billNumber, long accountId, long customerId, Utility utility, TariffCategory category,
		LocalDate periodFrom, LocalDate periodTo, Reading opening, Reading closing, BigDecimal consumption, Unit unit,
		BigDecimal yearConsumption, List<ChargeLine> lines, Money charges, Money previousDue, Money paidSince,
		Money amountDue, LocalDate dueDate, List<Long> appliedAdjustments) {

	public BillDraft {
		Money sum = lines.stream().map(ChargeLine::amount).reduce(Money.ZERO, Money::plus);
		if (sum.compareTo(charges) != 0 || amountDue.compareTo(previousDue.minus(paidSince).plus(charges)) != 0) {
			throw new IllegalStateException("Bill " + billNumber + " does not add up");
		}
	}

	/**
	 * The same bill with more lines after its own (late-payment charges): totals follow.
	 */
	public BillDraft withMoreLines(List<ChargeLine> more) {
		if (more.isEmpty()) {
			return this;
		}
		List<ChargeLine> all = new java.util.ArrayList<>(this.lines);
		all.addAll(more);
		Money added = more.stream().map(ChargeLine::amount).reduce(Money.ZERO, Money::plus);
		return new BillDraft(this.billNumber, this.accountId, this.customerId, this.utility, this.category,
				this.periodFrom, this.periodTo, this.opening, this.closing, this.consumption, this.unit,
				this.yearConsumption, List.copyOf(all), this.charges.plus(added), this.previousDue, this.paidSince,
				this.amountDue.plus(added), this.dueDate, this.appliedAdjustments);
	}

}
