package org.utilityportal.billing;

import java.time.LocalDate;
import java.util.List;

import org.utilityportal.shared.money.Money;

/**
 * A written reminder (催款通知单) or suspension notice (停电/停水/停气通知书).
 *
 * @param id the notice
 * @param accountId the account
 * @param customerId its holder
 * @param kind REMINDER or SUSPENSION
 * @param issuedOn the day it was issued
 * @param amount what is overdue on the bills it names
 * @param oldestDue the due date of the oldest of them
 * @param bills the bills, oldest first
 * @param suspendFrom the earliest day supply may be suspended (suspension notices)
 */
public record ArrearsNotice(long id, long accountId, long customerId, String kind, LocalDate issuedOn, Money amount,
		LocalDate oldestDue, List<String> bills, LocalDate suspendFrom) {

	/** The message key of the notice's title. */
	public String titleKey() {
		return "arrearsNotice.title." + this.kind;
	}

	/** The notice's number as printed. */
	public String number() {
		return "N" + String.format("%011d", this.id);
	}

}
