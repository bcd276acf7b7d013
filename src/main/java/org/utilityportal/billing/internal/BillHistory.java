package org.utilityportal.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.utilityportal.metering.Reading;
import org.utilityportal.tariff.ChargeLine;

/**
 * The estimated bills a measured reading takes back (a re-bill), read for a page of
 * accounts at a time with their input ({@link BillingInput#rebill}), as the estimates
 * are.
 */
public interface BillHistory {

	/**
	 * For each previous bill given, the bills charged on estimated readings since the
	 * last measured one, to be taken back now that a measured reading came in; a bill
	 * with nothing to take back is not in the map.
	 * @param previousBillIds the accounts' latest bills
	 * @return the re-bills by the previous bill's id
	 */
	Map<Long, Rebill> rebills(Collection<Long> previousBillIds);

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
