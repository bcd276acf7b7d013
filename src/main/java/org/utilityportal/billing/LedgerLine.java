package org.utilityportal.billing;

import java.time.Instant;

import org.utilityportal.shared.money.Money;

/**
 * One entry of an account's ledger with the balance after it.
 *
 * @param bookedAt when
 * @param kind the kind as stored (a {@link LedgerKind} name, or a kind a later module
 * books)
 * @param reference the bill, receipt or refund it comes from
 * @param amount signed: positive raises what is owed
 * @param balance what is owed after it (negative: credit)
 */
public record LedgerLine(Instant bookedAt, String kind, String reference, Money amount, Money balance) {

	/** The message key of the kind. */
	public String kindKey() {
		return "ledgerKind." + this.kind;
	}

}
