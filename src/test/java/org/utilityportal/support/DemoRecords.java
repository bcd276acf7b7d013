package org.utilityportal.support;

/**
 * SQL expressions that find representative records of {@code customer1} in the demo data
 * (with {@link PageFixtures} making the ones it lacks), for the tests that open every
 * page or every route with a real identifier.
 */
public final class DemoRecords {

	/** customer1's customer id. */
	public static final String CUSTOMER = "(select customer_id from user_account where username = 'customer1')";

	/** customer1's electricity account id. */
	public static final String ELECTRICITY = "(select id from service_account where account_number = 'E1000000001')";

	/** customer1's transit card account id. */
	public static final String METRO = "(select id from service_account where account_number = 'M1000000001')";

	/** The latest bill number of customer1's electricity account. */
	public static final String BILL = "(select bill_number from bill where account_id = " + ELECTRICITY
			+ " order by period_from desc limit 1)";

	/** customer1's first case number. */
	public static final String CASE = "(select number from service_case where customer_id = " + CUSTOMER
			+ " order by id limit 1)";

	/** customer1's first catalogue order id. */
	public static final String ORDER = "(select id from service_order where customer_id = " + CUSTOMER
			+ " order by id limit 1)";

	/** customer1's latest receipt number. */
	public static final String RECEIPT = "(select receipt_number from payment where customer_id = " + CUSTOMER
			+ " order by id desc limit 1)";

	/** An account that was sent a written reminder. */
	public static final String REMINDED = "(select account_id from arrears_notice where kind = 'REMINDER'"
			+ " order by account_id limit 1)";

	private DemoRecords() {
	}

}
