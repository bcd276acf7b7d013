package org.utilityportal.customer;

import java.time.LocalDate;
import java.util.Comparator;

import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.shared.domain.SupplyTerms;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;

/**
 * A service account. Metered accounts have a service address, meter, tariff category and
 * billing cycle; metro accounts have a transit card number instead.
 *
 * @param id account id
 * @param customerId the holder
 * @param utility electricity, water, gas or metro
 * @param accountNumber e.g. {@code E0000012345}
 * @param serviceAddress where the supply is
 * @param meterNumber the meter
 * @param tariffCategory the price category
 * @param billingCycle monthly, quarterly or annual
 * @param transitCardNumber the metro card, 12 digits
 * @param status open or closed
 * @param openedOn first day of service
 * @param closedOn first day without service, when closed
 * @param closeReason why it was closed
 * @param version optimistic-locking version
 * @param supplyTerms time-of-use meter, contracted capacity, basic-charge basis and
 * power-factor standard (electricity)
 */
public record ServiceAccountView(long id, long customerId, Utility utility, String accountNumber, String serviceAddress,
		String meterNumber, TariffCategory tariffCategory, BillingCycle billingCycle, String transitCardNumber,
		AccountStatus status, LocalDate openedOn, LocalDate closedOn, String closeReason, long version,
		SupplyTerms supplyTerms) {

	/**
	 * The order accounts are listed in: open first, then electricity, water, gas, metro,
	 * then by number.
	 */
	public static final Comparator<ServiceAccountView> DISPLAY_ORDER = Comparator
		.comparing((ServiceAccountView account) -> account.status())
		.thenComparing(ServiceAccountView::utility)
		.thenComparing(ServiceAccountView::accountNumber);

	/** Whether the account is in use. */
	public boolean isOpen() {
		return this.status == AccountStatus.OPEN;
	}

}
