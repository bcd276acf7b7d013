package org.utilityportal.billing;

import org.utilityportal.shared.domain.BasicChargeBasis;

/**
 * Another way an account could have been priced: another tariff, its own tariff without
 * time-of-use prices, or the other basic-charge basis of a two-part tariff.
 *
 * @param tariffId the tariff to price under, {@code null} for the account's own
 * @param singleRate price the consumption as read by a single register (no time-of-use
 * prices)
 * @param basis the basic-charge basis, {@code null} for the account's own
 */
public record WhatIfScenario(Long tariffId, boolean singleRate, BasicChargeBasis basis) {

	/** The account as it is: its own tariff and terms. */
	public static final WhatIfScenario AS_IS = new WhatIfScenario(null, false, null);

	/** The account's own tariff read as a single register. */
	public static final WhatIfScenario SINGLE_RATE = new WhatIfScenario(null, true, null);

	/** Whether it differs from the account as it is. */
	public boolean isChange() {
		return this.tariffId != null || this.singleRate || this.basis != null;
	}

}
