package org.utilityportal.security;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Fuzzing the JSON API: every mapping that reads a JSON body (POST, PUT, PATCH under
 * {@code /api}) gets malformed bodies (truncated, not JSON, not an object) and, from a
 * valid body, every field replaced by a value of the wrong type, an overlong string, a
 * huge number and {@code null}. Nothing answers 500; the malformed bodies and the wrong
 * types answer 400 with a JSON body, and a wrong field is named in it. A new mapping with
 * a body fails this test until it has a valid example below.
 */
class ApiFuzzIT extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> MALFORMED = List.of("", "{", "[]", "null", "42", "\"text\"", "{\"a\":}",
			"{\"a\" 1}", "{'single': 'quotes'}", "[{}]", "{\"a\":1}}", "\u0000");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	org.utilityportal.support.PageFixtures fixtures;

	private final Map<String, MockHttpSession> sessions = new LinkedHashMap<>();

	private final List<String> failures = new ArrayList<>();

	@Test
	void malformedBodiesAnswer400NamingTheFieldNever500() throws Exception {
		Map<String, Target> targets = targets();
		assertThat(targets.keySet()).as("every API mapping with a JSON body has an example here")
			.containsAll(bodyMappings());
		for (Target target : targets.values()) {
			for (String body : MALFORMED) {
				expect400(target, body, null);
			}
			String valid = target.body().strip();
			expect400(target, valid.substring(0, valid.length() / 2), null);
			expect400(target, valid.substring(0, valid.length() - 1), null);
			JsonNode tree = JSON.readTree(valid);
			for (String field : leaves(tree, "")) {
				JsonNode value = at(tree, field);
				if (value.isString()) {
					expect400(target, replaced(tree, field, JSON.getNodeFactory().stringNode("x".repeat(100_000))),
							field);
					expect400(target, replaced(tree, field, JSON.createObjectNode().put("x", 1)), field);
				}
				else if (value.isNumber()) {
					expect400(target,
							replaced(tree, field, JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1e400"))),
							field);
					expect400(target, replaced(tree, field, JSON.getNodeFactory().stringNode("not a number")), field);
					expectNo500(target, replaced(tree, field,
							JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1000000000000"))));
					expectNo500(target, replaced(tree, field, JSON.getNodeFactory().numberNode(-1)));
				}
				else if (value.isBoolean()) {
					expect400(target, replaced(tree, field, JSON.getNodeFactory().stringNode("maybe")), field);
				}
				expectNo500(target, replaced(tree, field, JSON.getNodeFactory().nullNode()));
			}
		}
		assertThat(this.failures).as("answers to malformed bodies").isEmpty();
	}

	/**
	 * Query parameters of every {@code GET} under {@code /api} (as counter staff, who may
	 * call most of them): text where a number or date is expected, a number of 400
	 * digits, an overlong value. None answers 500.
	 */
	@Test
	void badQueryParametersNeverAnswer500() throws Exception {
		this.fixtures.ensure();
		List<String> values = List.of("x", "1e400", "9".repeat(400), "-1", "x".repeat(10_000), "2026-13-45");
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (!info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api")) {
					continue;
				}
				String path = org.utilityportal.support.RouteExamples.fill(pattern, this.jdbc);
				for (String parameter : parameters(handler)) {
					for (String value : values) {
						try {
							MockHttpServletResponse response = this.mvc
								.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
									.session(session("counter1"))
									.param(parameter, value))
								.andReturn()
								.getResponse();
							if (response.getStatus() >= 500) {
								this.failures.add(response.getStatus() + " GET " + path + "?" + parameter + "="
										+ abbreviated(value));
							}
						}
						catch (Exception ex) {
							this.failures
								.add("500 GET " + path + "?" + parameter + "=" + abbreviated(value) + " -> " + ex);
						}
					}
				}
			}
		});
		assertThat(this.failures).as("answers to bad query parameters").isEmpty();
	}

	/**
	 * The query parameters a handler reads: its request parameters and model attributes'
	 * properties.
	 */
	private static List<String> parameters(org.springframework.web.method.HandlerMethod handler) {
		List<String> names = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			var requestParam = parameter
				.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
			if (requestParam != null) {
				String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
				if (name != null && !name.isEmpty()) {
					names.add(name);
				}
			}
			else if (parameter.getParameterType().isRecord()) {
				for (var component : parameter.getParameterType().getRecordComponents()) {
					names.add(component.getName());
				}
			}
			else if (parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.ModelAttribute.class)) {
				for (var property : org.springframework.beans.BeanUtils
					.getPropertyDescriptors(parameter.getParameterType())) {
					if (property.getWriteMethod() != null) {
						names.add(property.getName());
					}
				}
			}
		}
		return names;
	}

	/** A request the API must refuse with 400 and a JSON body (naming {@code field}). */
	private void expect400(Target target, String body, String path) throws Exception {
		MockHttpServletResponse response = send(target, body);
		String field = (path != null) ? path.substring(path.lastIndexOf('.') + 1) : null;
		String content = response.getContentAsString();
		boolean json = response.getContentType() != null && response.getContentType().contains("json");
		if (response.getStatus() != 400 || !json
				|| (field != null && !content.matches("(?s).*[\".]" + java.util.regex.Pattern.quote(field) + "\".*"))) {
			this.failures.add(response.getStatus() + " " + target.method() + " " + target.path() + " "
					+ abbreviated(body) + " -> " + abbreviated(content));
		}
	}

	private void expectNo500(Target target, String body) throws Exception {
		MockHttpServletResponse response = send(target, body);
		if (response.getStatus() >= 500) {
			this.failures
				.add(response.getStatus() + " " + target.method() + " " + target.path() + " " + abbreviated(body));
		}
	}

	/**
	 * The answer, or a 500 when the request failed with an exception (MockMvc passes
	 * unhandled exceptions on instead of answering).
	 */
	private MockHttpServletResponse send(Target target, String body) throws Exception {
		try {
			return this.mvc
				.perform(request(HttpMethod.valueOf(target.method()), target.path()).session(session(target.user()))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andReturn()
				.getResponse();
		}
		catch (jakarta.servlet.ServletException ex) {
			MockHttpServletResponse failed = new MockHttpServletResponse();
			failed.setStatus(500);
			failed.getWriter().write(String.valueOf(ex.getRootCause()));
			return failed;
		}
	}

	private MockHttpSession session(String user) throws Exception {
		MockHttpSession session = this.sessions.get(user);
		if (session == null) {
			session = signIn(user);
			this.sessions.put(user, session);
		}
		return session;
	}

	private static String abbreviated(String text) {
		return (text.length() > 160) ? text.substring(0, 160) + "…" : text;
	}

	/** Every mapping under /api whose handler reads a body, as "METHOD pattern". */
	private Set<String> bodyMappings() {
		Set<String> found = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			boolean body = false;
			for (MethodParameter parameter : handler.getMethodParameters()) {
				body |= parameter.hasParameterAnnotation(RequestBody.class);
			}
			if (body) {
				for (String pattern : info.getPatternValues()) {
					for (RequestMethod method : info.getMethodsCondition().getMethods()) {
						if (pattern.startsWith("/api")) {
							found.add(method + " " + pattern);
						}
					}
				}
			}
		});
		return found;
	}

	/**
	 * Field paths of every value (not object) in a body, such as
	 * {@code structure.energy.price}.
	 */
	private static List<String> leaves(JsonNode node, String prefix) {
		List<String> paths = new ArrayList<>();
		node.properties().forEach((entry) -> {
			String path = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
			if (entry.getValue().isObject()) {
				paths.addAll(leaves(entry.getValue(), path));
			}
			else if (entry.getValue().isValueNode()) {
				paths.add(path);
			}
		});
		return paths;
	}

	private static JsonNode at(JsonNode tree, String path) {
		JsonNode node = tree;
		for (String part : path.split("\\.")) {
			node = node.get(part);
		}
		return node;
	}

	private static String replaced(JsonNode tree, String path, JsonNode value) {
		JsonNode copy = tree.deepCopy();
		String[] parts = path.split("\\.");
		JsonNode parent = copy;
		for (int i = 0; i < parts.length - 1; i++) {
			parent = parent.get(parts[i]);
		}
		((ObjectNode) parent).set(parts[parts.length - 1], value);
		return JSON.writeValueAsString(copy);
	}

	/**
	 * A valid request per mapping, on records this test makes (a customer of its own, a
	 * staff member of its own), so what the valid variants change touches nobody else.
	 */
	private Map<String, Target> targets() throws Exception {
		long customerId = this.customers.open("接口模糊测试");
		long accountId = this.customers.openElectricity(customerId);
		String accountNumber = this.customers.accountNumber(accountId);
		String occurredAt = OffsetDateTime.now(this.clock).minusDays(1).truncatedTo(ChronoUnit.SECONDS).toString();
		String caseBody = """
				{"channel":"HOTLINE","nature":"COMPLAINT","subject":"BILLING","utility":"ELECTRICITY","customerId":%d,
				 "accountNumber":"%s","occurredAt":"%s","place":"营业厅","summary":"模糊测试","details":"电费异常",
				 "severity":1,"impact":1,"sensitive":false,"amount":12.50}
				""".formatted(customerId, accountNumber, occurredAt);
		String number = created(new Target("POST", "/api/v1/cases", "counter1", caseBody)).get("number").asString();
		long version = this.jdbc.sql("select version from service_case where number = ?")
			.param(number)
			.query(Long.class)
			.single();
		long tariffId = this.jdbc.sql("select id from tariff where utility = 'GAS' and category = 'INDUSTRIAL'")
			.query(Long.class)
			.single();
		String staffBody = "{\"username\":\"fuzz.staff%d\",\"displayName\":\"模糊测试\",\"workNumber\":\"F%d\","
				+ "\"role\":\"COUNTER\",\"mayRevealPersonalData\":false,\"version\":0}";
		long staffId = JSON
			.readTree(send(new Target("POST", "/api/v1/staff", "admin1", ""),
					staffBody.formatted(customerId, customerId % 100_000))
				.getContentAsString())
			.get("staff")
			.get("id")
			.asLong();
		String today = java.time.LocalDate.now(this.clock).toString();
		Map<String, Target> targets = new LinkedHashMap<>();
		targets.put("POST /api/v1/cases", new Target("POST", "/api/v1/cases", "counter1", caseBody));
		targets.put("POST /api/v1/cases/{number}/comments",
				new Target("POST", "/api/v1/cases/" + number + "/comments", "counter1", "{\"text\":\"补充说明\"}"));
		targets.put("POST /api/v1/cases/{number}/transitions", new Target("POST",
				"/api/v1/cases/" + number + "/transitions", "counter1",
				"{\"action\":\"NOTE\",\"text\":\"记录\",\"severity\":1,\"impact\":1,\"version\":" + version + "}"));
		targets.put("POST /api/v1/cases/{number}/visits",
				new Target("POST", "/api/v1/cases/" + number + "/visits", "counter1",
						"{\"attitude\":5,\"speed\":5,\"result\":5,\"overall\":5,\"remark\":\"满意\",\"version\":"
								+ version + "}"));
		targets.put("POST /api/v1/accounts/{accountId}/payments",
				new Target("POST", "/api/v1/accounts/" + accountId + "/payments", "counter1",
						"{\"amount\":15.50,\"method\":\"CARD\",\"idempotencyKey\":\"fuzz-" + accountId + "\"}"));
		targets.put("POST /api/v1/accounts/{accountId}/readings", new Target("POST",
				"/api/v1/accounts/" + accountId + "/readings", "counter1",
				"{\"readOn\":\"" + today + "\",\"total\":120.5,\"kind\":\"REGULAR\",\"confirmHighUsage\":true}"));
		targets.put("POST /api/v1/catalogue/{code}/orders",
				new Target("POST", "/api/v1/catalogue/E-METER-CHECK/orders?customerId=" + customerId, "counter1",
						"{\"accountNumber\":\"" + accountNumber + "\",\"area\":\"URBAN\",\"channel\":\"HOTLINE\","
								+ "\"contactPhone\":\"13800138000\",\"place\":\"家中\",\"details\":\"电表检查\","
								+ "\"blockersChecked\":true}"));
		targets.put("POST /api/v1/staff", new Target("POST", "/api/v1/staff", "admin1",
				staffBody.formatted(customerId + 1, (customerId + 1) % 100_000)));
		targets.put("PUT /api/v1/staff/{id}",
				new Target("PUT", "/api/v1/staff/" + staffId, "admin1", "{\"displayName\":\"模糊测试\",\"workNumber\":\"F"
						+ (customerId % 100_000) + "\",\"role\":\"COUNTER\",\"version\":0}"));
		targets.put("POST /api/v1/tariffs/{tariffId}/versions",
				new Target("POST", "/api/v1/tariffs/" + tariffId + "/versions", "admin1", """
						{"effectiveFrom":"%s","documentNumber":"模糊测试文件","documentDate":"%s",
						 "structure":{"unit":"CUBIC_METRE","energy":{"kind":"FLAT","price":3.25},
						              "tax":{"mode":"ADDED","rate":0.09}}}
						""".formatted(java.time.LocalDate.now(this.clock).plusMonths(3).withDayOfMonth(1), today)));
		targets.put("POST /api/v1/accounts/{accountId}/mandates",
				new Target("POST", "/api/v1/accounts/" + accountId + "/mandates", "counter1",
						"{\"bankCode\":\"ICBC\",\"bankAccount\":\"6222020200012345678\",\"holderName\":\"模糊测试\"}"));
		// A mandate nobody has: the variants reach the decision's checks, none changes
		// one.
		targets.put("POST /api/v1/mandates/{mandateId}/decision", new Target("POST",
				"/api/v1/mandates/999999999/decision", "supervisor1", "{\"version\":0,\"approve\":true}"));
		// A bill nobody has: the variants reach the order's checks, none opens an order.
		targets.put("POST /api/v1/my/payment-orders", new Target("POST", "/api/v1/my/payment-orders", "customer1",
				"{\"billNumbers\":[\"B-FUZZ-0\"],\"provider\":\"sandbox\",\"idempotencyKey\":\"fuzz-order\"}"));
		return targets;
	}

	private JsonNode created(Target target) throws Exception {
		MockHttpServletResponse response = send(target, target.body());
		assertThat(response.getStatus()).as("%s %s: %s", target.method(), target.path(), response.getContentAsString())
			.isEqualTo(201);
		return JSON.readTree(response.getContentAsString());
	}

	/**
	 * One mapping, as visited: the method, the path with its ids, who sends, a valid
	 * body.
	 */
	record Target(String method, String path, String user, String body) {

	}

}
