package org.utilityportal.billing;

import java.util.Map;

import org.utilityportal.shared.security.PortalPrincipal;

/**
 * A block another module adds to a billing page without billing knowing that module: the
 * payment module adds online payment to the customer's bill page and direct debit to the
 * counter's billing desk. Declare it as a bean; the page renders the fragment
 * {@code panel(data)} of {@link #template()} with the values of {@link #data}.
 */
public interface BillingPanel {

	/** Where a panel appears. */
	enum Place {

		/** The customer's bill page ({@code bill} is given). */
		CUSTOMER_BILL,

		/** The counter's billing desk of an account ({@code bill} is {@code null}). */
		COUNTER_ACCOUNT

	}

	/** The page it is on. */
	Place place();

	/** The template that holds the fragment {@code panel(data)}. */
	String template();

	/** Its position among the panels, smaller first. */
	int order();

	/**
	 * What the fragment shows; an empty map leaves the panel out.
	 * @param accountId the account on the page
	 * @param bill the bill on the page, {@code null} on the billing desk
	 * @param viewer who reads the page
	 */
	Map<String, Object> data(long accountId, BillPage bill, PortalPrincipal viewer);

	/** A panel ready to render. */
	record Rendered(String template, Map<String, Object> data) {
	}

}
