package org.utilityportal.support;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The path to request for any request mapping, pages and API alike, with each variable
 * filled by a representative of {@code customer1}'s records (as {@link PageExamples} does
 * for pages, whose examples come first): the security checks try these paths as other
 * people. A variable no rule here knows makes {@link #fill} fail, naming it, so a new
 * route is covered as soon as it is mapped.
 */
public final class RouteExamples {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	private static final Pattern STAFF_ONLY = Pattern.compile("/(admin|supervisor|counter)/");

	/** Per path prefix and variable, the query of the value; the longest prefix wins. */
	private static final Map<String, String> BY_PREFIX = Map.ofEntries(
			Map.entry("/counter/metro/accounts/ accountId", PageExamples.METRO),
			Map.entry("/my/orders/ id", PageExamples.ORDER), Map.entry("/api/v1/orders/ id", PageExamples.ORDER),
			Map.entry("/counter/orders/ id", PageExamples.ORDER),
			Map.entry("/supervisor/orders/ id", PageExamples.ORDER),
			Map.entry("/counter/customers/ id", PageExamples.CUSTOMER),
			Map.entry("/api/v1/customers/ id", PageExamples.CUSTOMER),
			Map.entry("/api/v1/accounts/ id", PageExamples.ELECTRICITY),
			Map.entry("/admin/staff/ id", "(select id from user_account where username = 'counter1')"),
			Map.entry("/api/v1/staff/ id", "(select id from user_account where username = 'counter1')"),
			Map.entry("/admin/calendars/ id", "(select min(id) from work_calendar)"),
			Map.entry("/admin/notices/ id", "(select min(id) from notice)"),
			Map.entry("/api/v1/notices/ id", "(select min(id) from notice where status = 'PUBLISHED')"),
			Map.entry("/admin/org-units/ id", "(select min(id) from org_unit)"),
			Map.entry("/admin/sla-policies/ id", "(select min(id) from sla_policy)"),
			Map.entry("/admin/imports/ id", "(select max(id) from import_run)"),
			Map.entry("/admin/metro/fares/ id", "(select min(id) from metro_fare_version)"),
			Map.entry("/admin/catalogue/ versionId", "(select min(id) from catalogue_version)"),
			Map.entry("/admin/tariffs/ versionId", "(select min(id) from tariff_version)"),
			Map.entry("/api/v1/tariffs/ versionId", "(select min(id) from tariff_version)"),
			Map.entry("/api/v1/reconciliations/ id", "coalesce((select min(id) from reconciliation), 1)"),
			Map.entry("/supervisor/reconciliation/ id", "coalesce((select min(id) from reconciliation), 1)"),
			// PageFixtures gives customer1 and counter1 a token that is not revoked.
			Map.entry("/account/tokens/ id", tokenOf("customer1")),
			Map.entry("/admin/staff/ tokenId", tokenOf("counter1")));

	/** Per variable name, the query of the value wherever the prefix names none. */
	private static final Map<String, String> BY_NAME = Map.ofEntries(Map.entry("accountId", PageExamples.ELECTRICITY),
			Map.entry("accountNumber", "'E1000000001'"), Map.entry("billNumber", PageExamples.BILL),
			Map.entry("receiptNumber", PageExamples.RECEIPT), Map.entry("number", PageExamples.CASE),
			Map.entry("customerId", PageExamples.CUSTOMER), Map.entry("code", PageExamples.SERVICE),
			Map.entry("tariffId", "(select min(id) from tariff)"),
			Map.entry("runId", "(select max(id) from billing_run)"),
			Map.entry("documentId",
					"coalesce((select min(id) from service_order_document where order_id = " + PageExamples.ORDER
							+ "), 1)"),
			Map.entry("day", "'2026-10-01'"), Map.entry("setting", "'SAME_DAY_AMOUNT'"),
			Map.entry("adjustmentId", "coalesce((select min(id) from bill_adjustment), 1)"),
			// Money (issue 11): customer1's records where they have an owner.
			Map.entry("mandateId", "coalesce((select min(id) from debit_mandate), 1)"),
			Map.entry("batchNumber", "coalesce((select min(batch_number) from debit_batch), 'DD0')"),
			Map.entry("orderNumber",
					"coalesce((select min(o.order_number) from payment_order o where o.account_id = "
							+ PageExamples.ELECTRICITY + "), 'PO0')"),
			Map.entry("refundNumber", "coalesce((select min(refund_number) from refund), 'RF0')"),
			Map.entry("reversalId", "coalesce((select min(id) from payment_reversal), 1)"),
			Map.entry("differenceId", "coalesce((select min(id) from reconciliation_difference), 1)"),
			Map.entry("dayId", "coalesce((select min(id) from cashier_day), 1)"),
			Map.entry("txnId", "coalesce((select min(txn_id) from sandbox_transaction), 'T0')"),
			Map.entry("provider", "'sandbox'"), Map.entry("tokenId", "coalesce((select min(id) from api_token), 1)"),
			Map.entry("noticeId", "coalesce((select min(n.id) from arrears_notice n where n.account_id = "
					+ PageExamples.ELECTRICITY + "), 1)"));

	private RouteExamples() {
	}

	/**
	 * The first of the person's tokens that is not revoked (1 when the page fixtures did
	 * not run; AuthorisationMatrixIT checks it tried a real one).
	 */
	private static String tokenOf(String username) {
		return "coalesce((select min(t.id) from api_token t join user_account u on u.id = t.user_id "
				+ "where u.username = '" + username + "' and t.revoked_at is null), 1)";
	}

	/**
	 * The path to request for a mapping's pattern.
	 * @throws IllegalStateException for a variable without a rule, or a rule that finds
	 * nothing
	 */
	public static String fill(String pattern, JdbcClient jdbc) {
		if (!pattern.startsWith("/api")) {
			String page = PageExamples.find(pattern, jdbc);
			if (page != null) {
				return page;
			}
		}
		Matcher variables = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String name = variables.group(1);
			String value = fromPage(pattern, variables.start(), jdbc);
			if (value == null) {
				String query = query(pattern, name);
				List<String> values = jdbc.sql("select " + query + "::text").query(String.class).list();
				if (values.isEmpty() || values.getFirst() == null) {
					throw new IllegalStateException("The example of {" + name + "} in " + pattern + " finds nothing");
				}
				value = values.getFirst();
			}
			variables.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		variables.appendTail(path);
		return path.toString();
	}

	/**
	 * The value a page with the same path up to this variable has in its example (the
	 * page {@code /supervisor/inspections/{id}} fills {@code {id}} of
	 * {@code /supervisor/inspections/{id}/score}), or {@code null}.
	 */
	private static String fromPage(String pattern, int variableStart, JdbcClient jdbc) {
		String upTo = pattern.substring(0, pattern.indexOf('}', variableStart) + 1);
		int segment = upTo.split("/").length - 1;
		for (String page : PageExamples.patterns()) {
			if (page.startsWith(upTo) && (page.length() == upTo.length() || page.charAt(upTo.length()) == '/')
					&& !upTo.substring(0, variableStart).contains("{")) {
				String[] parts = PageExamples.find(page, jdbc).replaceFirst("\\?.*", "").split("/");
				return (segment < parts.length) ? parts[segment] : null;
			}
		}
		return null;
	}

	private static String query(String pattern, String name) {
		String best = null;
		int length = -1;
		for (Map.Entry<String, String> rule : BY_PREFIX.entrySet()) {
			String[] prefixAndName = rule.getKey().split(" ");
			if (pattern.startsWith(prefixAndName[0]) && prefixAndName[1].equals(name)
					&& prefixAndName[0].length() > length) {
				best = rule.getValue();
				length = prefixAndName[0].length();
			}
		}
		if (best == null) {
			best = BY_NAME.get(name);
		}
		if (best == null && STAFF_ONLY.matcher(pattern).lookingAt()) {
			// Staff routes are refused to others before their identifier is looked at;
			// any
			// number tries them. Routes customers reach need a real example of
			// customer1's.
			best = "1";
		}
		if (best == null) {
			throw new IllegalStateException(
					"No example for {" + name + "} in " + pattern + ": add one to RouteExamples");
		}
		return best;
	}

}
