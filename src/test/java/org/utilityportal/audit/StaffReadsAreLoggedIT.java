package org.utilityportal.audit;

import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.PageFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.utilityportal.support.DemoRecords.BILL;
import static org.utilityportal.support.DemoRecords.CASE;
import static org.utilityportal.support.DemoRecords.CUSTOMER;
import static org.utilityportal.support.DemoRecords.ELECTRICITY;
import static org.utilityportal.support.DemoRecords.METRO;
import static org.utilityportal.support.DemoRecords.ORDER;
import static org.utilityportal.support.DemoRecords.RECEIPT;
import static org.utilityportal.support.DemoRecords.REMINDED;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every staff read of a customer's data through a page, the API or an export leaves
 * exactly one access-log record (issue 13). The routes are read from the request
 * mappings: every {@code GET} under the staff paths and the API needs a decision below,
 * else this test fails naming it. A route that takes an identifier of a customer,
 * account, bill, receipt, case, order, batch or arrears notice (a path variable, or a
 * request parameter naming a customer or account) needs a decision of its own; the others
 * may be decided by the area they belong to (the prices, the staff, the quality team's
 * work). A logged route is opened by the member of staff named with it, on an example
 * from the demo data, and must add exactly one record for them.
 */
class StaffReadsAreLoggedIT extends IntegrationTest {

	private static final Set<String> STAFF_PATHS = Set.of("/counter/", "/supervisor/", "/admin/", "/audit/", "/api/v1/",
			"/cases/");

	private static final Pattern VARIABLE = Pattern.compile("([^/{}]*)/\\{([^}]+)}");

	private static final Pattern IDENTIFIER = Pattern
		.compile("(?i).*(customer|account|bill|receipt|case|order|number|notice).*");

	private static final Pattern ID_OF = Pattern.compile("(?i)(customers|accounts|bills|receipts|cases|orders)");

	private static final Pattern PARAMETER = Pattern.compile("(?i).*(customer|account).*");

	private static final String PAYMENT_ORDER = "(select min(order_number) from payment_order where customer_id = "
			+ CUSTOMER + ")";

	private static final String DEBIT_BATCH = "(select max(batch_number) from debit_batch)";

	private static final String ARREARS_NOTICE = "(select min(id) from arrears_notice where kind = 'REMINDER')";

	private static final String IMPORT_RUN = "(select max(id) from import_run)";

	private static final String DOCUMENT = "(select min(id) from service_order_document where order_id = " + ORDER
			+ " and content is not null)";

	/**
	 * The decision for every route: logged (with an example and who reads it) or why not.
	 */
	private static final Map<String, Decision> ROUTES = Map.ofEntries(
			logged("/counter/customers/{id}", "counter1", "'/counter/customers/' || " + CUSTOMER),
			logged("/counter/customers/{id}/edit", "counter1", "'/counter/customers/' || " + CUSTOMER + " || '/edit'"),
			logged("/counter/customers/{customerId}/accounts/new", "counter1",
					"'/counter/customers/' || " + CUSTOMER + " || '/accounts/new'"),
			logged("/counter/customers/{customerId}/orders", "counter1",
					"'/counter/customers/' || " + CUSTOMER + " || '/orders'"),
			logged("/counter/customers/{customerId}/orders/new/{code}", "counter1",
					"'/counter/customers/' || " + CUSTOMER + " || '/orders/new/G-READING'"),
			logged("/counter/accounts/{accountId}/edit", "counter1",
					"'/counter/accounts/' || " + ELECTRICITY + " || '/edit'"),
			logged("/counter/accounts/{accountId}/readings", "counter1",
					"'/counter/accounts/' || " + ELECTRICITY + " || '/readings'"),
			logged("/counter/accounts/{accountId}/billing", "counter1",
					"'/counter/accounts/' || " + ELECTRICITY + " || '/billing'"),
			logged("/counter/accounts/{accountId}/what-if", "counter1",
					"'/counter/accounts/' || " + ELECTRICITY + " || '/what-if'"),
			logged("/counter/accounts/{accountId}/reminder", "counter1",
					"'/counter/accounts/' || " + REMINDED + " || '/reminder'"),
			logged("/counter/metro/accounts/{accountId}", "counter1", "'/counter/metro/accounts/' || " + METRO),
			logged("/counter/bills/{billNumber}", "counter1", "'/counter/bills/' || " + BILL),
			logged("/counter/receipts/{receiptNumber}", "counter1", "'/counter/receipts/' || " + RECEIPT),
			logged("/counter/receipts/{receiptNumber}.pdf", "counter1",
					"'/counter/receipts/' || " + RECEIPT + " || '.pdf'"),
			logged("/counter/cases/{number}", "counter1", "'/counter/cases/' || " + CASE),
			logged("/supervisor/cases/{number}", "supervisor1", "'/supervisor/cases/' || " + CASE),
			logged("/counter/cases/new", "counter1", "'/counter/cases/new?customer=' || " + CUSTOMER),
			logged("/counter/orders/{id}", "counter1", "'/counter/orders/' || " + ORDER),
			logged("/supervisor/orders/{id}", "supervisor1", "'/supervisor/orders/' || " + ORDER),
			logged("/counter/orders/{id}/documents/{documentId}", "counter1",
					"'/counter/orders/' || " + ORDER + " || '/documents/' || " + DOCUMENT),
			logged("/supervisor/orders/{id}/documents/{documentId}", "supervisor1",
					"'/supervisor/orders/' || " + ORDER + " || '/documents/' || " + DOCUMENT),
			logged("/supervisor/cases.csv", "supervisor1", "'/supervisor/cases.csv?view=all'"),
			logged("/audit/access-log/export", "supervisor1", "'/audit/access-log/export?customer=' || " + CUSTOMER),
			logged("/api/v1/customers/{id}", "counter1", "'/api/v1/customers/' || " + CUSTOMER),
			logged("/api/v1/accounts/{id}", "counter1", "'/api/v1/accounts/' || " + ELECTRICITY),
			logged("/api/v1/accounts/{accountId}/bills", "counter1",
					"'/api/v1/accounts/' || " + ELECTRICITY + " || '/bills'"),
			logged("/api/v1/accounts/{accountId}/payments", "counter1",
					"'/api/v1/accounts/' || " + ELECTRICITY + " || '/payments'"),
			logged("/api/v1/accounts/{accountId}/readings", "supervisor1",
					"'/api/v1/accounts/' || " + ELECTRICITY + " || '/readings'"),
			logged("/api/v1/accounts/{accountId}/metro-statement", "counter1",
					"'/api/v1/accounts/' || " + METRO
							+ " || '/metro-statement?month=' || to_char(current_date, 'YYYY-MM')"),
			logged("/api/v1/bills/{billNumber}", "counter1", "'/api/v1/bills/' || " + BILL),
			logged("/api/v1/cases/{number}", "counter1", "'/api/v1/cases/' || " + CASE),
			logged("/api/v1/orders/{id}", "counter1", "'/api/v1/orders/' || " + ORDER),
			logged("/api/v1/orders", "counter1", "'/api/v1/orders?customerId=' || " + CUSTOMER),
			logged("/counter/customers", "counter1", "'/counter/customers?q=E1000000001'"),
			logged("/api/v1/customers", "counter1", "'/api/v1/customers?q=E1000000001'"),
			// Money (issue 11).
			logged("/api/v1/accounts/{accountId}/mandates", "counter1",
					"'/api/v1/accounts/' || " + ELECTRICITY + " || '/mandates'"),
			logged("/api/v1/accounts/{accountId}/payment-orders", "supervisor1",
					"'/api/v1/accounts/' || " + ELECTRICITY + " || '/payment-orders'"),
			logged("/api/v1/payment-orders/{orderNumber}", "counter1", "'/api/v1/payment-orders/' || " + PAYMENT_ORDER),
			logged("/counter/accounts/{accountId}/direct-debit", "counter1",
					"'/counter/accounts/' || " + ELECTRICITY + " || '/direct-debit'"),
			logged("/supervisor/mandates", "supervisor1", "'/supervisor/mandates'"),
			logged("/supervisor/direct-debit/{batchNumber}", "supervisor1",
					"'/supervisor/direct-debit/' || " + DEBIT_BATCH),
			logged("/supervisor/direct-debit/{batchNumber}.txt", "supervisor1",
					"'/supervisor/direct-debit/' || " + DEBIT_BATCH + " || '.txt'"),
			logged("/counter/arrears-notices/{noticeId}.pdf", "counter1",
					"'/counter/arrears-notices/' || " + ARREARS_NOTICE + " || '.pdf'"),
			logged("/counter/arrears", "counter1", "'/counter/arrears'"),
			logged("/counter/arrears/legal.csv", "counter1", "'/counter/arrears/legal.csv'"),
			// Go-live (issue 10).
			logged("/admin/imports/{id}/rejections.csv", "admin1",
					"'/admin/imports/' || " + IMPORT_RUN + " || '/rejections.csv'"),
			testedElsewhere("/admin/imports/{id}",
					"logs one VIEW while it shows rejected rows (they quote people not yet customers), and shows"
							+ " only counts when there are none: GoLiveImportIT"),
			notPersonal("/cases/{number}", "a link that redirects to the role's case page, which is logged"),
			notPersonal("/audit/access-log",
					"the access log itself: who looked at a customer, not the customer's data"),
			notPersonal("/counter/customers/new", "an empty form"),
			notPersonal("/counter/cases",
					"the clerk's own cases as summaries (number, nature, subject, deadline), no name or contact;"
							+ " each case opened is logged"),
			notPersonal("/supervisor/cases",
					"case summaries as on the clerk's list; the export and each case opened" + " are logged"),
			notPersonal("/api/v1/cases", "the caller's own open cases as summaries, as on the clerk's list"),
			notPersonal("/supervisor/orders",
					"a service's orders against their commitments: case number, status and times, no customer"),
			notPersonal("/supervisor/direct-debit",
					"collections with their counts and totals; each batch opened is" + " logged"));

	/**
	 * Areas whose routes show no customer's personal data, with why; a route with a
	 * customer's identifier is never decided by its area.
	 */
	private static final Map<String, String> AREAS = Map.ofEntries(
			Map.entry("/admin/tariffs", "tariffs and their price drafts"),
			Map.entry("/api/v1/tariffs", "prices and estimates for amounts the caller gives"),
			Map.entry("/admin/catalogue", "the service catalogue and its drafts"),
			Map.entry("/api/v1/catalogue", "the service catalogue"), Map.entry("/admin/metro/", "metro fares"),
			Map.entry("/api/v1/metro/", "metro lines and fares"), Map.entry("/admin/calendars", "working calendars"),
			Map.entry("/admin/settings", "the portal's settings"),
			Map.entry("/admin/sla-policies", "SLA policies and their drafts"),
			Map.entry("/admin/late-charges", "late-payment charge rates"),
			Map.entry("/admin/billing", "billing runs: counts and totals"),
			Map.entry("/admin/notices", "notices to every customer of an area, none to one person"),
			Map.entry("/api/v1/notices", "notices to every customer of an area"),
			Map.entry("/counter/notices", "notices to every customer of an area"),
			Map.entry("/admin/audit-chain", "hashes, table names and record keys"),
			Map.entry("/admin/imports", "go-live files with their counts and progress"),
			Map.entry("/admin/org-units", "the organisation's units"),
			Map.entry("/admin/staff", "members of staff, not customers; every change is in the person's history"),
			Map.entry("/api/v1/staff", "members of staff, not customers"),
			Map.entry("/api/v1/me", "the caller themselves"),
			Map.entry("/api/v1/test-", "the test suite's own controllers (a failure, the database down)"),
			Map.entry("/admin/scorecards", "quality scorecards"),
			Map.entry("/admin/appraisal", "the appraisal's weights"),
			Map.entry("/counter/appraisal", "the clerk's own appraisal"),
			Map.entry("/supervisor/appraisal", "staff's appraisal results"),
			Map.entry("/supervisor/inspections",
					"inspections of staff's work (scores, findings); a case is named by its number only and opening"
							+ " it is logged"),
			Map.entry("/counter/inspections", "inspections of the clerk's own work"),
			Map.entry("/supervisor/actions", "corrective actions for staff and units"),
			Map.entry("/counter/actions", "the clerk's own corrective actions"),
			Map.entry("/supervisor/campaigns", "service-evaluation campaigns of organisations"),
			Map.entry("/supervisor/dashboard", "figures per team, service and day"),
			Map.entry("/supervisor/platform-replies",
					"ticket and case numbers, deadlines and staff's replies to the platform; the case holds the"
							+ " caller's details and opening it is logged"),
			Map.entry("/supervisor/reconciliation", "providers' statements: references, transaction ids and amounts"),
			Map.entry("/api/v1/reconciliations", "providers' statements: references, transaction ids and amounts"),
			Map.entry("/supervisor/day-ends", "clerks' takings per day"),
			Map.entry("/counter/day-end", "the clerk's own takings"),
			Map.entry("/supervisor/adjustments", "bill numbers, amounts and reasons awaiting a second person"),
			Map.entry("/supervisor/reversals", "receipt numbers, amounts and reasons awaiting a second person"),
			Map.entry("/supervisor/refunds",
					"refund numbers and amounts, the payee's bank account masked to its last four digits, no name"));

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	PageFixtures fixtures;

	@Test
	void everyStaffRouteHasADecision() {
		Map<String, Boolean> found = staffRoutes();
		assertThat(found.entrySet()
			.stream()
			.filter((route) -> !ROUTES.containsKey(route.getKey()))
			.filter((route) -> route.getValue() || area(route.getKey()) == null)
			.map(Map.Entry::getKey)
			.toList()).as("routes that need a decision in StaffReadsAreLoggedIT.ROUTES (or AREAS)").isEmpty();
		assertThat(ROUTES.keySet().stream().filter((route) -> !found.containsKey(route)).toList())
			.as("decided routes that are no longer mapped")
			.isEmpty();
	}

	@Test
	void eachLoggedReadLeavesExactlyOneRecord() throws Exception {
		this.fixtures.ensure();
		ensureADocument();
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Decision> route : new TreeMap<>(ROUTES).entrySet()) {
			Decision decision = route.getValue();
			if (decision.example() == null) {
				continue;
			}
			String path = this.jdbc.sql("select " + decision.example()).query(String.class).single();
			long staffId = userId(decision.reader());
			MockHttpSession session = signIn(decision.reader());
			long before = records(staffId);
			int status = this.mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
			long added = records(staffId) - before;
			if (status != 200 || added != 1) {
				wrong.add(route.getKey() + " (" + path + "): status " + status + ", " + added + " records");
			}
		}
		assertThat(wrong).as("reads that did not leave exactly one access-log record").isEmpty();
	}

	/** Every staff GET route, and whether it takes a customer's identifier. */
	private Map<String, Boolean> staffRoutes() {
		Map<String, Boolean> routes = new TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if ((!methods.isEmpty() && !methods.contains(RequestMethod.GET))
					|| info.getPathPatternsCondition() == null) {
				continue;
			}
			boolean parameter = hasIdentifyingParameter(entry.getValue());
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				if (STAFF_PATHS.stream().anyMatch(pattern::startsWith) && !pattern.startsWith("/api/v1/my/")) {
					routes.merge(pattern, parameter || hasIdentifyingVariable(pattern), Boolean::logicalOr);
				}
			}
		}
		return routes;
	}

	private static String area(String pattern) {
		return AREAS.entrySet()
			.stream()
			.filter((area) -> pattern.startsWith(area.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	private static boolean hasIdentifyingVariable(String pattern) {
		Matcher variable = VARIABLE.matcher(pattern);
		while (variable.find()) {
			if (IDENTIFIER.matcher(variable.group(2)).matches()
					|| (variable.group(2).equals("id") && ID_OF.matcher(variable.group(1)).matches())) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasIdentifyingParameter(HandlerMethod handler) {
		for (Parameter parameter : handler.getMethod().getParameters()) {
			RequestParam param = AnnotatedElementUtils.findMergedAnnotation(parameter, RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : parameter.getName();
				if (PARAMETER.matcher(name).matches()) {
					return true;
				}
			}
		}
		return false;
	}

	private void ensureADocument() {
		this.jdbc.sql("""
				insert into service_order_document (order_id, requirement, file_name, content_type, size_bytes, content,
				    sha256, added_by, added_at)
				select %s, 99, 'id-card.pdf', 'application/pdf', 8, convert_to('%%PDF-1.4', 'UTF8'), repeat('0', 64),
				    'customer1', now()
				on conflict (order_id, requirement) do nothing
				""".formatted(ORDER)).update();
	}

	private long records(long staffId) {
		return this.jdbc.sql("select count(*) from access_log where staff_id = ?")
			.param(staffId)
			.query(Long.class)
			.single();
	}

	private long userId(String username) {
		return this.jdbc.sql("select id from user_account where username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

	private static Map.Entry<String, Decision> logged(String pattern, String reader, String example) {
		return Map.entry(pattern, new Decision(reader, example, null));
	}

	private static Map.Entry<String, Decision> notPersonal(String pattern, String why) {
		return Map.entry(pattern, new Decision(null, null, why));
	}

	private static Map.Entry<String, Decision> testedElsewhere(String pattern, String how) {
		return Map.entry(pattern, new Decision(null, null, how));
	}

	/**
	 * What is decided for a route.
	 *
	 * @param reader the member of staff who opens it, for a logged route
	 * @param example a query giving the path to open, for a logged route
	 * @param why why it needs no record, or where its record is tested, for a route not
	 * logged here
	 */
	record Decision(String reader, String example, String why) {

	}

}
