/**
 * Bills and payments. A billing run (Spring Batch, restartable, never two bills for one
 * account and period) prices each account's consumption with its tariff and issues an
 * itemised bill: readings with their source, consumption, and one line per charge
 * (quantity × unit price = amount, with the price document). An issued bill never
 * changes; corrections are adjustments, approved by a second person, on a later bill.
 * Payments (counter, online, bank direct debit) say which bills they settled and how many
 * units that money paid for; every change of an account's balance is an entry of its
 * ledger. Reversals and refunds need a second person; clerks close their day; overdue
 * bills carry late-payment charges and go through the dunning chain unless disputed;
 * closing an account issues its final bill.
 */
@ApplicationModule(displayName = "Billing and payments", allowedDependencies = { "shared", "identity", "audit",
		"customer", "tariff", "metering", "notification", "settings" })
package org.utilityportal.billing;

import org.springframework.modulith.ApplicationModule;
