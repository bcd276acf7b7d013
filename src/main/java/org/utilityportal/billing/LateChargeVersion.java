package org.utilityportal.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of the late-payment charge's rules.
 *
 * @param effectiveFrom its first day
 * @param residentialPerMille residential customers' rate, ‰ of the amount overdue a day
 * @param otherCurrentPerMille other customers' rate on arrears of the current year
 * @param otherEarlierPerMille other customers' rate on arrears of earlier years
 * @param graceDays days after the due date never charged
 * @param reason why (the rule or decision it follows)
 * @param setBy who set it
 * @param setAt when
 */
public record LateChargeVersion(LocalDate effectiveFrom, BigDecimal residentialPerMille,
		BigDecimal otherCurrentPerMille, BigDecimal otherEarlierPerMille, int graceDays, String reason, String setBy,
		Instant setAt) {

}
