package org.utilityportal.customer;

import org.springframework.validation.Errors;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * What other modules do when a service account is closed or handed over to a new owner
 * (过户), without the customer module knowing them: billing takes the final reading and
 * issues the final bill. Declare it as a bean; both methods run in the closing's
 * transaction, so a refusal or failure leaves the account open and nothing saved.
 */
public interface AccountClosing {

	/**
	 * Before the account closes: takes what closing needs (the final reading, the final
	 * bill), or says what is wrong in {@code errors} (fields of {@link CloseAccountForm})
	 * and leaves everything as it was.
	 */
	void settle(ServiceAccountView account, CloseAccountForm form, PortalPrincipal by, Errors errors);

	/**
	 * After the account closed.
	 * @param successorAccountId the new owner's account on the same meter after a
	 * transfer, {@code null} when the account simply closed
	 */
	void closed(ServiceAccountView account, CloseAccountForm form, Long successorAccountId, PortalPrincipal by);

}
