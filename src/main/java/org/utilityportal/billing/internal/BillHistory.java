package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.utilityportal.metering.Reading;
import org.utilityportal.tariff.ChargeLine;

/**
 * What the bill builder may look up besides its input: only for the rare accounts that
 * need it (a measured reading after estimated bills). Estimates are not looked up here:
 * they come with the input, a page of accounts at a time.
 */
public interface BillHistory {

	/**
	 * The bills charged on estimated readings since the last measured one, to be taken
	 * back now that a measured reading came in; empty when there is nothing to take back.
	 */
	Optional<Rebill> rebill(long previousBillId);

	/**
	 * Estimated bills to replace.
	 *
	 * @param bills the bills, newest first, with their lines
	 * @param measuredStart the last measured reading before them
	 * @param periodFrom the first day the oldest of them covered
	 * @param yearToDate consumption of that day's calendar year before it
	 */
	record Rebill(List<EstimatedBill> bills, Reading measuredStart, LocalDate periodFrom, BigDecimal yearToDate) {
	}

	/**
	 * A bill charged on an estimate.
	 *
	 * @param billNumber its number
	 * @param lines its lines
	 */
	record EstimatedBill(String billNumber, List<ChargeLine> lines) {
	}

}
