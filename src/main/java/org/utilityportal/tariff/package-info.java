/**
 * Tariffs as the price authority sets them: per utility and price category, in versions
 * with an effective date and the approving price document. A version holds tiered (step)
 * prices per billing period or per year, time-of-use prices, seasonal prices, fixed
 * charges, per-unit surcharges and tax. Only published versions can be billed; a
 * published version never changes.
 * <p>
 * {@link org.utilityportal.tariff.TariffCalculator} turns consumption over a period into
 * bill lines: quantity × unit price = amount, split by days where a price changes
 * mid-period.
 */
@ApplicationModule(displayName = "Tariffs", allowedDependencies = { "shared" })
package org.utilityportal.tariff;

import org.springframework.modulith.ApplicationModule;
