package org.utilityportal.support;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The path the page checks ({@link PortalPages}) visit for a page that cannot be opened
 * as mapped: one with path variables ({@code /my/bills/{billNumber}}), or one that needs
 * request parameters. Each is a query on the demo data that returns the whole path to
 * visit. Pages of a customer use {@code customer1}'s records (the customer visitor), so
 * the same paths serve the staff pages about that customer.
 * <p>
 * <b>A new page with path variables</b> gets one line here; the page checks fail until it
 * has one, naming it. When the demo data has no record to show, {@link PageFixtures}
 * makes one.
 */
final class PageExamples {

	static final String CUSTOMER = DemoRecords.CUSTOMER;

	static final String ELECTRICITY = DemoRecords.ELECTRICITY;

	static final String METRO = DemoRecords.METRO;

	static final String BILL = DemoRecords.BILL;

	static final String CASE = DemoRecords.CASE;

	static final String ORDER = DemoRecords.ORDER;

	static final String RECEIPT = DemoRecords.RECEIPT;

	static final String SERVICE = "(select code from catalogue_service order by code limit 1)";

	private static final String REMINDED = DemoRecords.REMINDED;

	private static final String ORDER_OF_CUSTOMER = "(select order_number from payment_order where customer_id = "
			+ CUSTOMER + " order by id desc limit 1)";

	private static final String INSPECTION = "(select min(i.id) from quality_inspection i join user_account u"
			+ " on u.id = i.inspected_id where u.username = 'counter1')";

	private static final String ACTION = "(select min(a.id) from quality_action a join user_account u"
			+ " on u.id = a.owner_id where u.username = 'counter1')";

	private static final String CAMPAIGN = "(select min(id) from campaign where published_at is not null)";

	private static final Map<String, String> PATHS = Map.ofEntries(
			Map.entry("/my/ledger/{accountNumber}", "'/my/ledger/E1000000001'"),
			Map.entry("/my/payments/{orderNumber}", "'/my/payments/' || " + ORDER_OF_CUSTOMER),
			Map.entry("/sandbox-pay/checkout/{txnId}",
					"'/sandbox-pay/checkout/' || (select txn_id from sandbox_transaction order by id desc limit 1)"),
			Map.entry("/counter/accounts/{accountId}/direct-debit",
					"'/counter/accounts/' || " + ELECTRICITY + " || '/direct-debit'"),
			Map.entry("/supervisor/direct-debit/{batchNumber}",
					"'/supervisor/direct-debit/' || (select batch_number from debit_batch order by id desc limit 1)"),
			Map.entry("/supervisor/reconciliation/{id}",
					"'/supervisor/reconciliation/' || (select max(id) from reconciliation)"),
			Map.entry("/my/accounts/{accountNumber}", "'/my/accounts/E1000000001'"),
			Map.entry("/my/accounts/{accountNumber}/readings", "'/my/accounts/E1000000001/readings'"),
			Map.entry("/my/metro/{accountNumber}", "'/my/metro/M1000000001'"),
			Map.entry("/my/bills/{billNumber}", "'/my/bills/' || " + BILL),
			Map.entry("/my/receipts/{receiptNumber}", "'/my/receipts/' || " + RECEIPT),
			Map.entry("/my/cases/{number}", "'/my/cases/' || " + CASE),
			Map.entry("/my/orders/{id}", "'/my/orders/' || " + ORDER),
			Map.entry("/my/orders/new/{code}", "'/my/orders/new/' || " + SERVICE),
			Map.entry("/counter/customers/{id}", "'/counter/customers/' || " + CUSTOMER),
			Map.entry("/counter/customers/{id}/edit", "'/counter/customers/' || " + CUSTOMER + " || '/edit'"),
			Map.entry("/counter/customers/{customerId}/accounts/new",
					"'/counter/customers/' || " + CUSTOMER + " || '/accounts/new'"),
			Map.entry("/counter/customers/{customerId}/orders",
					"'/counter/customers/' || " + CUSTOMER + " || '/orders'"),
			Map.entry("/counter/customers/{customerId}/orders/new/{code}",
					"'/counter/customers/' || " + CUSTOMER + " || '/orders/new/' || " + SERVICE),
			Map.entry("/counter/accounts/{accountId}/edit", "'/counter/accounts/' || " + ELECTRICITY + " || '/edit'"),
			Map.entry("/counter/accounts/{accountId}/readings",
					"'/counter/accounts/' || " + ELECTRICITY + " || '/readings'"),
			Map.entry("/counter/accounts/{accountId}/billing",
					"'/counter/accounts/' || " + ELECTRICITY + " || '/billing'"),
			Map.entry("/counter/accounts/{accountId}/what-if",
					"'/counter/accounts/' || " + ELECTRICITY + " || '/what-if'"),
			Map.entry("/counter/accounts/{accountId}/reminder",
					"'/counter/accounts/' || " + REMINDED + " || '/reminder'"),
			Map.entry("/counter/metro/accounts/{accountId}", "'/counter/metro/accounts/' || " + METRO),
			Map.entry("/counter/bills/{billNumber}", "'/counter/bills/' || " + BILL),
			Map.entry("/counter/receipts/{receiptNumber}", "'/counter/receipts/' || " + RECEIPT),
			Map.entry("/counter/cases/{number}", "'/counter/cases/' || " + CASE),
			Map.entry("/supervisor/cases/{number}", "'/supervisor/cases/' || " + CASE),
			Map.entry("/cases/{number}", "'/cases/' || " + CASE),
			Map.entry("/counter/orders/{id}", "'/counter/orders/' || " + ORDER),
			Map.entry("/supervisor/orders/{id}", "'/supervisor/orders/' || " + ORDER),
			Map.entry("/supervisor/orders",
					"'/supervisor/orders?service=G-READING&from=' || (current_date - 30) || '&to=' || current_date"),
			Map.entry("/public/catalogue/{code}", "'/public/catalogue/' || " + SERVICE),
			Map.entry("/admin/catalogue/{code}", "'/admin/catalogue/' || " + SERVICE),
			Map.entry("/admin/catalogue/{code}/versions/new",
					"'/admin/catalogue/' || " + SERVICE + " || '/versions/new'"),
			Map.entry("/admin/catalogue/versions/{versionId}",
					"'/admin/catalogue/versions/' || (select min(id) from catalogue_version)"),
			Map.entry("/admin/catalogue/versions/{versionId}/edit",
					"'/admin/catalogue/versions/' || (select min(id) from catalogue_version where status = 'DRAFT')"
							+ " || '/edit'"),
			Map.entry("/admin/tariffs/{tariffId}", "'/admin/tariffs/' || (select min(id) from tariff)"),
			Map.entry("/admin/tariffs/{tariffId}/versions/new",
					"'/admin/tariffs/' || (select min(id) from tariff) || '/versions/new'"),
			Map.entry("/admin/tariffs/versions/{versionId}",
					"'/admin/tariffs/versions/' || (select min(id) from tariff_version)"),
			Map.entry("/admin/tariffs/versions/{versionId}/edit",
					"'/admin/tariffs/versions/' || (select min(id) from tariff_version where status = 'DRAFT')"
							+ " || '/edit'"),
			Map.entry("/admin/billing/runs/{runId}", "'/admin/billing/runs/' || (select max(id) from billing_run)"),
			Map.entry("/admin/sla-policies/drafts/{draftId}",
					"'/admin/sla-policies/drafts/' || (select min(id) from sla_policy_draft where status = 'DRAFT')"),
			Map.entry("/admin/sla-policies/{id}", "'/admin/sla-policies/' || (select min(id) from sla_policy)"),
			Map.entry("/admin/calendars/{id}", "'/admin/calendars/' || (select min(id) from work_calendar)"),
			Map.entry("/admin/notices/{id}",
					"'/admin/notices/' || (select min(id) from notice where status = 'PUBLISHED')"),
			Map.entry("/admin/staff/{id}",
					"'/admin/staff/' || (select id from user_account where username = 'counter1')"),
			Map.entry("/admin/staff/{id}/edit",
					"'/admin/staff/' || (select id from user_account where username = 'counter1') || '/edit'"),
			Map.entry("/admin/org-units/{id}", "'/admin/org-units/' || (select min(id) from org_unit)"),
			Map.entry("/admin/org-units/{id}/edit", "'/admin/org-units/' || (select min(id) from org_unit) || '/edit'"),
			Map.entry("/admin/imports/{id}", "'/admin/imports/' || (select max(id) from import_run)"),
			Map.entry("/admin/notices/{id}/edit",
					"'/admin/notices/' || (select min(id) from notice where status = 'DRAFT') || '/edit'"),
			Map.entry("/inspections/{id}", "'/inspections/' || " + INSPECTION),
			Map.entry("/supervisor/inspections/{id}", "'/supervisor/inspections/' || " + INSPECTION),
			Map.entry("/counter/inspections/{id}", "'/counter/inspections/' || " + INSPECTION),
			Map.entry("/actions/{id}", "'/actions/' || " + ACTION),
			Map.entry("/supervisor/actions/{id}", "'/supervisor/actions/' || " + ACTION),
			Map.entry("/counter/actions/{id}", "'/counter/actions/' || " + ACTION),
			Map.entry("/admin/scorecards/{kind}/draft", "'/admin/scorecards/CALL/draft'"),
			Map.entry("/supervisor/campaigns/{id}", "'/supervisor/campaigns/' || " + CAMPAIGN),
			Map.entry("/public/campaigns/{id}", "'/public/campaigns/' || " + CAMPAIGN));

	private PageExamples() {
	}

	/**
	 * The path to visit for a pattern, or {@code null} when the pattern has no example
	 * here.
	 * @throws IllegalStateException when the example's query finds nothing
	 */
	/** The page patterns that have an example. */
	static java.util.Set<String> patterns() {
		return PATHS.keySet();
	}

	static String find(String pattern, JdbcClient jdbc) {
		String expression = PATHS.get(pattern);
		if (expression == null) {
			return null;
		}
		List<String> paths = jdbc.sql("select " + expression).query(String.class).list();
		if (paths.isEmpty() || paths.getFirst() == null) {
			throw new IllegalStateException("The example of " + pattern + " finds nothing: select " + expression);
		}
		return paths.getFirst();
	}

}
