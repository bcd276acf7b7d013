package org.utilityportal.customer;

import java.io.Serial;
import java.io.Serializable;

/**
 * A registration under way, kept in the visitor's session between asking for a code and
 * typing it in.
 *
 * @param accountNumber the account number as typed (normalised)
 * @param codeId the code sent, or {@code null} when none was (unknown or closed account,
 * no mobile number on file, already registered): the visitor is not told which
 */
public record PendingRegistration(String accountNumber, Long codeId) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

}
