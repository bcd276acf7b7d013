package org.utilityportal.billing.internal;

import java.time.LocalDate;
import java.util.List;

import org.utilityportal.metering.Reading;
import org.utilityportal.metering.ReadingSource;
import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.shared.domain.SupplyTerms;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.money.Money;

/**
 * What the billing run knows about one account when it bills it: read a page of accounts
 * at a time ({@link BillingInputs}).
 *
 * @param accountId the account
 * @param customerId its holder
 * @param accountNumber its number
 * @param utility its utility
 * @param category its tariff category
 * @param cycle its billing cycle
 * @param openedOn the day service started
 * @param previous the latest bill, {@code null} before the first
 * @param opening the reading the period starts from: the previous bill's closing reading,
 * or for a first bill the latest reading on or before the period's start; {@code null}
 * when none
 * @param closing the latest reading up to the period's end, {@code null} when none
 * @param paidSince what the ledger lowered the balance by since the previous bill was
 * issued: payments, less reversals, refunds and any other entry that raised it (before
 * the first bill, the opening balance is not among them: it is {@code openingBalance})
 * @param adjustments approved adjustments not yet on a bill
 * @param terms the account's supply terms (two-part basis, capacity, power-factor
 * standard)
 * @param openingBalance before the first bill, what the legacy system carried over
 * (arrears positive, credit negative); zero otherwise
 * @param openingYear before the first bill, what the legacy system had counted of the
 * allowance year (the go-live import); {@code null} otherwise
 * @param estimate when no reading closes the period (none, or none after the opening
 * one): the closing reading estimated for the period's last day from the account's
 * history, read with the page ({@code MeterReadings.estimates}); {@code null} when a
 * reading closes it or the history is too short to estimate from
 * @param rebill when a measured reading closes a period that opens on an estimate
 * ({@link #takesBackEstimates}): the estimated bills it takes back, read with the page
 * ({@link BillHistory#rebills}); {@code null} otherwise or when there is nothing to take
 * back
 */
public record BillingInput(long accountId, long customerId, String accountNumber, Utility utility,
		TariffCategory category, BillingCycle cycle, LocalDate openedOn, PreviousBill previous, Reading opening,
		Reading closing, Money paidSince, List<PendingAdjustment> adjustments, SupplyTerms terms, Money openingBalance,
		OpeningYear openingYear, Reading estimate, BillHistory.Rebill rebill) {

	/** An account without estimated bills to take back. */
	public BillingInput(long accountId, long customerId, String accountNumber, Utility utility, TariffCategory category,
			BillingCycle cycle, LocalDate openedOn, PreviousBill previous, Reading opening, Reading closing,
			Money paidSince, List<PendingAdjustment> adjustments, SupplyTerms terms, Money openingBalance,
			OpeningYear openingYear, Reading estimate) {
		this(accountId, customerId, accountNumber, utility, category, cycle, openedOn, previous, opening, closing,
				paidSince, adjustments, terms, openingBalance, openingYear, estimate, null);
	}

	/** An account without an estimated closing reading. */
	public BillingInput(long accountId, long customerId, String accountNumber, Utility utility, TariffCategory category,
			BillingCycle cycle, LocalDate openedOn, PreviousBill previous, Reading opening, Reading closing,
			Money paidSince, List<PendingAdjustment> adjustments, SupplyTerms terms, Money openingBalance,
			OpeningYear openingYear) {
		this(accountId, customerId, accountNumber, utility, category, cycle, openedOn, previous, opening, closing,
				paidSince, adjustments, terms, openingBalance, openingYear, null);
	}

	/** An account without a year-to-date consumption from the legacy system. */
	public BillingInput(long accountId, long customerId, String accountNumber, Utility utility, TariffCategory category,
			BillingCycle cycle, LocalDate openedOn, PreviousBill previous, Reading opening, Reading closing,
			Money paidSince, List<PendingAdjustment> adjustments, SupplyTerms terms, Money openingBalance) {
		this(accountId, customerId, accountNumber, utility, category, cycle, openedOn, previous, opening, closing,
				paidSince, adjustments, terms, openingBalance, null);
	}

	/**
	 * An account without supply terms beyond its category and without an opening balance.
	 */
	public BillingInput(long accountId, long customerId, String accountNumber, Utility utility, TariffCategory category,
			BillingCycle cycle, LocalDate openedOn, PreviousBill previous, Reading opening, Reading closing,
			Money paidSince, List<PendingAdjustment> adjustments) {
		this(accountId, customerId, accountNumber, utility, category, cycle, openedOn, previous, opening, closing,
				paidSince, adjustments, SupplyTerms.NONE, Money.ZERO);
	}

	/** An account with supply terms and without an opening balance. */
	public BillingInput(long accountId, long customerId, String accountNumber, Utility utility, TariffCategory category,
			BillingCycle cycle, LocalDate openedOn, PreviousBill previous, Reading opening, Reading closing,
			Money paidSince, List<PendingAdjustment> adjustments, SupplyTerms terms) {
		this(accountId, customerId, accountNumber, utility, category, cycle, openedOn, previous, opening, closing,
				paidSince, adjustments, terms, Money.ZERO);
	}

	/** An account without supply terms beyond its category, with an opening balance. */
	public BillingInput(long accountId, long customerId, String accountNumber, Utility utility, TariffCategory category,
			BillingCycle cycle, LocalDate openedOn, PreviousBill previous, Reading opening, Reading closing,
			Money paidSince, List<PendingAdjustment> adjustments, Money openingBalance) {
		this(accountId, customerId, accountNumber, utility, category, cycle, openedOn, previous, opening, closing,
				paidSince, adjustments, SupplyTerms.NONE, openingBalance);
	}

	/** The same input with an estimated closing reading. */
	public BillingInput withEstimate(Reading closingEstimate) {
		return new BillingInput(this.accountId, this.customerId, this.accountNumber, this.utility, this.category,
				this.cycle, this.openedOn, this.previous, this.opening, this.closing, this.paidSince, this.adjustments,
				this.terms, this.openingBalance, this.openingYear, closingEstimate, this.rebill);
	}

	/** The same input with the estimated bills its measured reading takes back. */
	public BillingInput withRebill(BillHistory.Rebill estimatedBills) {
		return new BillingInput(this.accountId, this.customerId, this.accountNumber, this.utility, this.category,
				this.cycle, this.openedOn, this.previous, this.opening, this.closing, this.paidSince, this.adjustments,
				this.terms, this.openingBalance, this.openingYear, this.estimate, estimatedBills);
	}

	/**
	 * Whether the period opens on an estimate after a bill and a measured reading closes
	 * it: then the estimated bills since the last measured reading are taken back.
	 */
	public boolean takesBackEstimates() {
		return this.previous != null && this.opening != null && this.opening.source() == ReadingSource.ESTIMATED
				&& this.closing != null && this.closing.readOn().isAfter(this.opening.readOn())
				&& this.closing.source().isMeasured();
	}

	/**
	 * The latest bill of the account.
	 *
	 * @param billId its id
	 * @param billNumber its number
	 * @param periodFrom first day it covered
	 * @param periodTo day after the last day it covered
	 * @param openingSource the source of its opening reading
	 * @param consumption what it charged for
	 * @param yearConsumption consumption of its calendar year up to its end
	 * @param amountDue what it said was due
	 */
	public record PreviousBill(long billId, String billNumber, LocalDate periodFrom, LocalDate periodTo,
			String openingSource, java.math.BigDecimal consumption, java.math.BigDecimal yearConsumption,
			Money amountDue) {
	}

	/**
	 * The consumption of its calendar year the legacy system had counted for the account.
	 *
	 * @param quantity the year's consumption up to {@code countedUntil}
	 * @param countedUntil the last day it counts
	 */
	public record OpeningYear(java.math.BigDecimal quantity, LocalDate countedUntil) {
	}

	/**
	 * An approved adjustment waiting for the next bill.
	 *
	 * @param id the adjustment
	 * @param billNumber the bill it corrects
	 * @param amount signed: negative for a credit
	 * @param reason why
	 */
	public record PendingAdjustment(long id, String billNumber, Money amount, String reason) {
	}

}
