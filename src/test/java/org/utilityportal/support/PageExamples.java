package org.utilityportal.support;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A representative of every page with path variables, for the page checks that visit
 * every page ({@link PortalPages}): a query on the demo data whose columns fill the
 * pattern's variables in order. Pages of a customer use {@code customer1}'s records (the
 * customer visitor), so the same values serve the staff pages about that customer.
 * <p>
 * <b>A new page with path variables</b> gets one line here; the page checks fail until it
 * has one, naming it.
 */
final class PageExamples {

	private static final String CUSTOMER = "(select customer_id from user_account where username = 'customer1')";

	private static final String ELECTRICITY = "(select id from service_account where account_number = 'E1000000001')";

	private static final String BILL = "select bill_number from bill where account_id = " + ELECTRICITY
			+ " order by period_from desc limit 1";

	private static final String CASE = "select number from service_case where customer_id = " + CUSTOMER
			+ " order by id limit 1";

	private static final String ORDER = "select id from service_order where customer_id = " + CUSTOMER
			+ " order by id limit 1";

	private static final String RECEIPT = "select receipt_number from payment where customer_id = " + CUSTOMER
			+ " order by id desc limit 1";

	private static final String SERVICE = "select code from catalogue_service order by code limit 1";

	private static final Map<String, String> QUERIES = Map.ofEntries(
			Map.entry("/my/accounts/{accountNumber}", "select 'E1000000001'"),
			Map.entry("/my/accounts/{accountNumber}/readings", "select 'E1000000001'"),
			Map.entry("/my/metro/{accountNumber}", "select 'M1000000001'"), Map.entry("/my/bills/{billNumber}", BILL),
			Map.entry("/my/bills/{billNumber}/pay", BILL), Map.entry("/my/receipts/{receiptNumber}", RECEIPT),
			Map.entry("/my/cases/{number}", CASE), Map.entry("/my/orders/{id}", ORDER),
			Map.entry("/my/orders/new/{code}", SERVICE), Map.entry("/counter/customers/{id}", "select " + CUSTOMER),
			Map.entry("/counter/customers/{id}/edit", "select " + CUSTOMER),
			Map.entry("/counter/customers/{customerId}/accounts/new", "select " + CUSTOMER),
			Map.entry("/counter/customers/{customerId}/orders", "select " + CUSTOMER),
			Map.entry("/counter/customers/{customerId}/orders/new/{code}",
					"select " + CUSTOMER + ", code from catalogue_service order by code limit 1"),
			Map.entry("/counter/accounts/{accountId}/edit", "select " + ELECTRICITY),
			Map.entry("/counter/accounts/{accountId}/readings", "select " + ELECTRICITY),
			Map.entry("/counter/accounts/{accountId}/billing", "select " + ELECTRICITY),
			Map.entry("/counter/metro/accounts/{accountId}",
					"select id from service_account where account_number = 'M1000000001'"),
			Map.entry("/counter/accounts/{accountId}/reminder",
					"select account_id from arrears_notice where kind = 'REMINDER' order by account_id limit 1"),
			Map.entry("/counter/bills/{billNumber}", BILL), Map.entry("/counter/receipts/{receiptNumber}", RECEIPT),
			Map.entry("/counter/cases/{number}", CASE), Map.entry("/supervisor/cases/{number}", CASE),
			Map.entry("/cases/{number}", CASE), Map.entry("/counter/orders/{id}", ORDER),
			Map.entry("/supervisor/orders/{id}", ORDER), Map.entry("/public/catalogue/{code}", SERVICE),
			Map.entry("/admin/catalogue/{code}", SERVICE), Map.entry("/admin/catalogue/{code}/versions/new", SERVICE),
			Map.entry("/admin/catalogue/versions/{versionId}",
					"select id from catalogue_version order by status, id limit 1"),
			Map.entry("/admin/catalogue/versions/{versionId}/edit",
					"select id from catalogue_version where status = 'DRAFT' order by id limit 1"),
			Map.entry("/admin/tariffs/{tariffId}", "select min(id) from tariff"),
			Map.entry("/admin/tariffs/{tariffId}/versions/new", "select min(id) from tariff"),
			Map.entry("/admin/tariffs/versions/{versionId}", "select id from tariff_version order by id limit 1"),
			Map.entry("/admin/tariffs/versions/{versionId}/edit",
					"select id from tariff_version where status = 'DRAFT' order by id limit 1"),
			Map.entry("/admin/billing/runs/{runId}", "select id from billing_run order by id desc limit 1"),
			Map.entry("/admin/sla-policies/{id}", "select min(id) from sla_policy"),
			Map.entry("/admin/calendars/{id}", "select min(id) from work_calendar"),
			Map.entry("/admin/notices/{id}", "select id from notice where status = 'PUBLISHED' order by id limit 1"),
			Map.entry("/admin/notices/{id}/edit", "select id from notice where status = 'DRAFT' order by id limit 1"));

	private PageExamples() {
	}

	/**
	 * The values of the pattern's variables in order, or {@code null} when the pattern
	 * has no example here.
	 * @throws IllegalStateException when the example's query finds nothing
	 */
	static List<String> find(String pattern, JdbcClient jdbc) {
		String query = QUERIES.get(pattern);
		if (query == null) {
			return null;
		}
		List<List<String>> rows = jdbc.sql(query).query((row, index) -> {
			int columns = row.getMetaData().getColumnCount();
			List<String> values = new java.util.ArrayList<>();
			for (int column = 1; column <= columns; column++) {
				values.add(row.getString(column));
			}
			return values;
		}).list();
		if (rows.isEmpty() || rows.get(0).contains(null)) {
			throw new IllegalStateException("The example of " + pattern + " finds nothing: " + query);
		}
		return rows.get(0);
	}

}
