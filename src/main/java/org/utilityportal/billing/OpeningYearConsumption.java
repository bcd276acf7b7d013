package org.utilityportal.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What an account had used of its calendar year in the legacy system when the portal took
 * over: the start of the year's count for annual step allowances (阶梯年度累计).
 *
 * @param accountId the account
 * @param quantity the year's consumption up to {@code countedUntil}, in the utility's
 * unit (kWh or m³), never negative, scale 3
 * @param countedUntil the last day it counts (on or before the opening reading); the year
 * it counts toward is this day's year
 * @param recordedBy who imported it
 * @param recordedAt when
 */
public record OpeningYearConsumption(long accountId, BigDecimal quantity, LocalDate countedUntil, String recordedBy,
		Instant recordedAt) {
}
