/**
 * Bills and payments. A billing run (Spring Batch, restartable, never two bills for one
 * account and period) prices each account's consumption with its tariff and issues an
 * itemised bill: readings with their source, consumption, and one line per charge
 * (quantity × unit price = amount, with the price document). An issued bill never
 * changes; corrections are adjustments, approved by a second person, on a later bill.
 * Payments (counter, online, automatic deduction) say which bills they settled and how
 * many units that money paid for.
 */
@ApplicationModule(displayName = "Billing and payments",
		allowedDependencies = { "shared", "audit", "customer", "tariff", "metering", "settings" })
package org.utilityportal.billing;

import org.springframework.modulith.ApplicationModule;
