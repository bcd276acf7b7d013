package org.utilityportal.catalogue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.utilityportal.casework.ActionForm;
import org.utilityportal.casework.CaseAction;
import org.utilityportal.casework.CaseStatus;
import org.utilityportal.casework.CaseWork;
import org.utilityportal.casework.VisitForm;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.PortalHttp;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CatalogueIT extends IntegrationTest {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	private Catalogue catalogue;

	@Autowired
	private ServiceOrders orders;

	@Autowired
	private OrderCommitmentReport report;

	@Autowired
	private CaseWork work;

	@Test
	void theSeededCatalogueCoversAllFourUtilitiesAndIsPublic() throws Exception {
		List<CatalogueEntry> entries = this.catalogue.inForce();
		assertThat(entries).extracting(CatalogueEntry::code)
			.contains("E-CONNECT", "E-REPAIR", "E-METER-CHECK", "E-TRANSFER", "E-OUTAGE", "W-CONNECT", "W-METER",
					"W-QUALITY", "W-QUANTITY", "W-PRESSURE", "W-LEAK", "G-INSPECT", "G-READING", "G-IGNITION", "G-PIPE",
					"G-REPAIR", "G-EMERGENCY", "M-ENQUIRY", "M-LOST", "M-CARD", "M-REFUND", "M-ASSIST");
		CatalogueEntry repair = this.catalogue.inForce("E-REPAIR").orElseThrow();
		assertThat(repair.definition().isAllHours()).isTrue();
		assertThat(repair.definition().responseMinutes(Area.URBAN)).isEqualTo(45);
		assertThat(repair.definition().responseMinutes(Area.RURAL)).isEqualTo(90);
		assertThat(repair.definition().responseMinutes(Area.REMOTE)).isEqualTo(120);
		String zh = this.mvc.perform(get("/public/catalogue").header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(zh).contains("故障报修", "45 分钟", "通气点火", "开放式厨房", "失物招领", "380.00");
		String en = this.mvc.perform(get("/public/catalogue/G-IGNITION").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(en).contains("First ignition", "open-plan kitchen", "3 working days",
				"The signed gas supply contract");
		this.mvc.perform(get("/api/v1/catalogue"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"code\":\"G-EMERGENCY\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("createdBy"))));
		this.mvc.perform(get("/public/catalogue/NO-SUCH")).andExpect(status().isNotFound());
	}

	@Test
	void aCustomersFaultRepairRunsOnTheServicesClockAndARetryPlacesNothingMore() throws Exception {
		MockHttpSession customer = signIn("customer1");
		UUID token = UUID.randomUUID();
		long before = count("service_case");
		String location = order(customer, "/my/orders/new/E-REPAIR", token, "E1000000001")
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String again = order(customer, "/my/orders/new/E-REPAIR", token, "E1000000001").andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(again).isEqualTo(location);
		assertThat(count("service_case")).isEqualTo(before + 1);
		long orderId = Long.parseLong(location.replaceAll("\\D+(\\d+).*", "$1"));
		var clock = this.jdbc.sql("""
				select c.all_hours, c.first_reply_minutes, c.resolution_minutes, c.channel, c.nature, c.owner_id,
				    extract(epoch from c.first_reply_due_at - c.registered_at) / 60 as reply_in,
				    extract(epoch from c.resolution_due_at - c.registered_at) / 60 as resolve_in
				from service_order o join service_case c on c.id = o.case_id where o.id = ?
				""").param(orderId).query().singleRow();
		assertThat(clock.get("all_hours")).isEqualTo(true);
		assertThat(clock.get("first_reply_minutes")).isEqualTo(45);
		assertThat(clock.get("resolution_minutes")).isEqualTo(1440);
		assertThat(clock.get("channel")).isEqualTo("WEB");
		assertThat(clock.get("owner_id")).isNull();
		// Counted day and night: due exactly 45 minutes and 24 hours after registration.
		assertThat(((Number) clock.get("reply_in")).doubleValue()).isEqualTo(45.0);
		assertThat(((Number) clock.get("resolve_in")).doubleValue()).isEqualTo(1440.0);
		String page = this.mvc.perform(get(location).session(customer).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Fault repair", "45 minutes", "E1000000001");
		// Another customer, editing the URL: not found.
		this.mvc.perform(get("/my/orders/" + orderId).session(signIn("customer2"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/orders/" + orderId)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic("customer2", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void anOrderThatNeedsAnAccountOrTheBlockersReadIsRefusedAndNothingIsSaved() throws Exception {
		MockHttpSession customer = signIn("customer1");
		long cases = count("service_case");
		long orders = count("service_order");
		String page = order(customer, "/my/orders/new/E-REPAIR", UUID.randomUUID(), "").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("此项服务须指定办理账户");
		page = this.mvc.perform(ignition(customer, "/my/orders/new/G-IGNITION", UUID.randomUUID(), false))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("请确认已阅读注意事项", "请上传此材料");
		// Another customer's account is not theirs to order for.
		page = order(customer, "/my/orders/new/E-REPAIR", UUID.randomUUID(), "E1000000002").andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("请选择本客户名下该行业的在用账户");
		// customer2's gas account is closed: the form says what to do instead.
		assertThat(this.mvc.perform(get("/my/orders/new/G-READING").session(signIn("customer2")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("id=\"no-account\"", "名下没有在用的燃气账户");
		assertThat(count("service_case")).isEqualTo(cases);
		assertThat(count("service_order")).as("no order saved").isEqualTo(orders);
	}

	@Test
	void documentsAreCheckedByTheirContentAndOnlyTheirOwnerAndStaffDownloadThem() throws Exception {
		MockHttpSession customer = signIn("customer1");
		MockMultipartFile fake = new MockMultipartFile("document0", "id.pdf", "application/pdf",
				"not a pdf at all".getBytes(StandardCharsets.UTF_8));
		String page = this.mvc
			.perform(ignition(customer, "/my/orders/new/G-IGNITION", UUID.randomUUID(), true).file(fake)
				.file(new MockMultipartFile("document1", "contract.pdf", "application/pdf", PDF)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("只接受 PDF、JPG 或 PNG 文件");
		String location = this.mvc
			.perform(ignition(customer, "/my/orders/new/G-IGNITION", UUID.randomUUID(), true)
				.file(new MockMultipartFile("document0", "id.pdf", "application/pdf", PDF))
				.file(new MockMultipartFile("document1", "合同.pdf", "application/octet-stream", PDF)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long orderId = Long.parseLong(location.replaceAll("\\D+(\\d+).*", "$1"));
		List<Long> documents = this.jdbc
			.sql("select id from service_order_document where order_id = ? and content_type = 'application/pdf' "
					+ "order by requirement")
			.param(orderId)
			.query(Long.class)
			.list();
		assertThat(documents).hasSize(2);
		String path = "/my/orders/" + orderId + "/documents/" + documents.get(1);
		byte[] body = this.mvc.perform(get(path).session(customer))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).isEqualTo(PDF);
		this.mvc.perform(get(path).session(signIn("customer2"))).andExpect(status().isNotFound());
		long logged = count("access_log");
		this.mvc
			.perform(get("/counter/orders/" + orderId + "/documents/" + documents.get(0)).session(signIn("counter1")))
			.andExpect(status().isOk());
		assertThat(count("access_log")).isEqualTo(logged + 1);
	}

	@Test
	void aDocumentAboveFiveMegabytesIsRefusedNextToItsFieldOverRealHttp() {
		PortalHttp http = new PortalHttp(this.port).signIn("customer1", DEMO_PASSWORD);
		String csrf = PortalHttp.csrfToken(http.get("/my/orders/new/G-IGNITION", "zh-CN"));
		long orders = count("service_order");
		byte[] large = new byte[6 * 1024 * 1024];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		PortalHttp.Page page = http.postMultipart("/my/orders/new/G-IGNITION",
				Map.of("_csrf", csrf, "token", UUID.randomUUID().toString(), "accountNumber", "G1000000001", "place",
						"北京市东城区和平里街道 12 号院", "details", "通气", "blockersChecked", "true"),
				Map.of("document0", Map.entry("id.pdf", large), "document1", Map.entry("contract.pdf", PDF)));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"document0-error\"", "文件超过大小限制");
		assertThat(count("service_order")).isEqualTo(orders);
	}

	@Test
	void aClerkOrdersAFirstIgnitionWithThePaperOriginalsSeenAndOwnsTheCase() throws Exception {
		MockHttpSession clerk = signIn("counter1");
		long customerId = this.jdbc.sql("select customer_id from user_account where username = 'customer1'")
			.query(Long.class)
			.single();
		String base = "/counter/customers/" + customerId + "/orders/new/G-IGNITION";
		String page = this.mvc.perform(get(base).session(clerk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("开放式厨房", "已查验纸质原件");
		String location = this.mvc
			.perform(ignition(clerk, base, UUID.randomUUID(), true).param("channel", "HOTLINE")
				.param("area", "RURAL")
				.param("paperSeen", "0", "1"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/counter/orders/");
		long orderId = Long.parseLong(location.replaceAll("\\D+(\\d+).*", "$1"));
		var row = this.jdbc.sql("""
				select c.channel, c.owner_work_number, c.all_hours, c.resolution_minutes, o.area,
				    (select count(*) from service_order_document d where d.order_id = o.id and d.paper_seen) as paper
				from service_order o join service_case c on c.id = o.case_id where o.id = ?
				""").param(orderId).query().singleRow();
		assertThat(row.get("channel")).isEqualTo("HOTLINE");
		assertThat(row.get("owner_work_number")).isNotNull();
		assertThat(row.get("all_hours")).isEqualTo(false);
		assertThat(row.get("resolution_minutes")).isEqualTo(3 * 480);
		assertThat(row.get("area")).isEqualTo("RURAL");
		assertThat(((Number) row.get("paper")).intValue()).isEqualTo(2);
		// A customer cannot claim paper originals were seen.
		String refused = this.mvc
			.perform(ignition(signIn("customer1"), "/my/orders/new/G-IGNITION", UUID.randomUUID(), true)
				.param("paperSeen", "0", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("请上传此材料");
	}

	@Test
	void aNewVersionIsPublishedByASecondOfficerFromADayAndNeverChangesAfter() throws Exception {
		MockHttpSession writer = signIn("admin1");
		String tomorrow = LocalDate.now(this.clock).plusDays(1).toString();
		String location = this.mvc
			.perform(post("/admin/catalogue/W-METER/versions").session(writer)
				.with(csrf())
				.param("effectiveFrom", tomorrow)
				.param("documentNumber", "服务承诺〔2026〕3号")
				.param("documentDate", LocalDate.now(this.clock).toString())
				.param("definition.nameZh", "水表故障")
				.param("definition.nameEn", "Water meter problems")
				.param("definition.descriptionZh", "水表停走、倒走。")
				.param("definition.descriptionEn", "A meter that stopped or runs backwards.")
				.param("definition.eligibilityZh", "户主")
				.param("definition.eligibilityEn", "The holder")
				.param("definition.nature", "SERVICE_REQUEST")
				.param("definition.subject", "EQUIPMENT")
				.param("definition.needsAccount", "true")
				.param("definition.fee", "0")
				.param("definition.feeNoteZh", "免费")
				.param("definition.feeNoteEn", "Free")
				.param("definition.completionMinutes", "480")
				.param("definition.documents[0].nameZh", "")
				.param("definition.documents[0].nameEn", ""))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long versionId = Long.parseLong(location.replaceAll("\\D+(\\d+)$", "$1"));
		CatalogueEntry draft = this.catalogue.version(versionId);
		assertThat(draft.definition().getDocuments()).isEmpty();
		this.mvc
			.perform(post("/admin/catalogue/versions/" + versionId + "/publish").session(writer)
				.with(csrf())
				.param("version", String.valueOf(draft.version())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.catalogue.version(versionId).published()).as("four eyes").isFalse();
		this.mvc
			.perform(post("/admin/catalogue/versions/" + versionId + "/publish").session(signIn("admin2"))
				.with(csrf())
				.param("version", String.valueOf(draft.version())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.catalogue.version(versionId).published()).isTrue();
		assertThat(this.catalogue.inForce("W-METER").orElseThrow().definition().getCompletionMinutes())
			.as("today the old version still applies")
			.isEqualTo(2 * 480);
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.catalogue.inForce("W-METER").orElseThrow().definition().getCompletionMinutes()).isEqualTo(480);
		assertThatThrownBy(() -> this.jdbc.sql("update catalogue_version set document_number = 'x' where id = ?")
			.param(versionId)
			.update()).isInstanceOf(DataAccessException.class);
	}

	@Test
	void aDraftIsEditedOnceFromTheSameFormAndCanBeDiscarded() throws Exception {
		MockHttpSession admin = signIn("admin1");
		String tomorrow = LocalDate.now(this.clock).plusDays(1).toString();
		String location = this.mvc
			.perform(versionForm(post("/admin/catalogue/M-LOST/versions").session(admin), tomorrow, "3 个工作日"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long versionId = Long.parseLong(location.replaceAll("\\D+(\\d+)$", "$1"));
		assertThat(page("/admin/catalogue/versions/" + versionId + "/edit", admin)).contains("value=\"3 个工作日\"");
		this.mvc
			.perform(versionForm(post("/admin/catalogue/versions/" + versionId).session(admin), tomorrow, "2 个工作日")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.catalogue.version(versionId).definition().getNameZh()).isEqualTo("2 个工作日");
		// A second clerk's form, opened before that save: refused, the first save kept.
		String stale = this.mvc
			.perform(versionForm(post("/admin/catalogue/versions/" + versionId).session(signIn("admin2")), tomorrow,
					"1 个工作日")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stale).contains("其他人在您打开此页面后已修改了这条记录");
		assertThat(this.catalogue.version(versionId).definition().getNameZh()).isEqualTo("2 个工作日");
		this.mvc
			.perform(post("/admin/catalogue/versions/" + versionId + "/discard").session(admin)
				.with(csrf())
				.param("version", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.catalogue.versions("M-LOST")).extracting(CatalogueEntry::versionId).doesNotContain(versionId);
	}

	@Test
	void anOfficerWhoEditedSomeoneElsesDraftCannotPublishIt() throws Exception {
		String tomorrow = LocalDate.now(this.clock).plusDays(1).toString();
		String location = this.mvc
			.perform(
					versionForm(post("/admin/catalogue/M-LOST/versions").session(signIn("admin1")), tomorrow, "3 个工作日"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long versionId = Long.parseLong(location.replaceAll("\\D+(\\d+)$", "$1"));
		MockHttpSession editor = signIn("admin2");
		this.mvc
			.perform(versionForm(post("/admin/catalogue/versions/" + versionId).session(editor), tomorrow, "2 个工作日")
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());

		this.mvc
			.perform(post("/admin/catalogue/versions/" + versionId + "/publish").session(editor)
				.with(csrf())
				.param("version", "1"))
			.andExpect(flash().attribute("problem", "catalogue.publish.editedDraft"));
		assertThat(this.catalogue.version(versionId).published()).isFalse();
		assertThatExceptionOfType(DataAccessException.class).as("the table refuses it as well")
			.isThrownBy(() -> this.jdbc.sql("""
					update catalogue_version set status = 'PUBLISHED', published_by = 'admin2', published_at = now()
					where id = ?""").param(versionId).update());
		this.mvc
			.perform(post("/admin/catalogue/versions/" + versionId + "/discard").session(editor)
				.with(csrf())
				.param("version", "1"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void tooLongTextAndAnUnknownCustomerChangeNothing() throws Exception {
		long orders = count("service_order");
		String page = this.mvc
			.perform(multipart("/my/orders/new/G-IGNITION").session(signIn("customer1"))
				.with(csrf())
				.param("token", UUID.randomUUID().toString())
				.param("accountNumber", "G1000000001")
				.param("place", "北京市东城区和平里街道 12 号院")
				.param("details", "长".repeat(4001))
				.param("blockersChecked", "true")
				.file(new MockMultipartFile("document0", "id.pdf", "application/pdf", PDF))
				.file(new MockMultipartFile("document1", "contract.pdf", "application/pdf", PDF)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"details-error\"");
		assertThat(count("service_order")).isEqualTo(orders);
		this.mvc.perform(get("/counter/customers/999999999/orders/new/G-IGNITION").session(signIn("counter1")))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder versionForm(MockHttpServletRequestBuilder request, String from, String name) {
		return request.with(csrf())
			.param("effectiveFrom", from)
			.param("documentNumber", "服务承诺〔2026〕5号")
			.param("documentDate", LocalDate.now(this.clock).toString())
			.param("definition.nameZh", name)
			.param("definition.nameEn", "Lost and found")
			.param("definition.descriptionZh", "登记遗失物品。")
			.param("definition.descriptionEn", "Report something lost.")
			.param("definition.eligibilityZh", "任何乘客")
			.param("definition.eligibilityEn", "Any passenger")
			.param("definition.nature", "SERVICE_REQUEST")
			.param("definition.subject", "EQUIPMENT")
			.param("definition.fee", "0")
			.param("definition.completionMinutes", "1440");
	}

	@Test
	void badVersionInputStaysOnTheFormWithItsMessages() throws Exception {
		long versions = count("catalogue_version");
		String page = this.mvc
			.perform(post("/admin/catalogue/W-METER/versions").session(signIn("admin1"))
				.with(csrf())
				.param("definition.completionMinutes", "0")
				.param("definition.fee", "-1")
				.param("definition.blockers[0].textZh", "须本人在场"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("is-invalid", "此项必填", "value=\"须本人在场\"");
		assertThat(page)
			.containsPattern("(?s)id=\"definition\\.blockers0\\.textEn\"[^>]*>\\s*<div class=\"invalid-feedback\"");
		assertThat(count("catalogue_version")).isEqualTo(versions);
	}

	@Test
	void completingAnOrderCountsOnTheDashboardAndBringsTheReturnVisit() throws Exception {
		CatalogueEntry reading = this.catalogue.inForce("G-READING").orElseThrow();
		var before = row(this.report.commitments(this.clock.instant().minus(Duration.ofDays(1)),
				this.clock.instant().plus(Duration.ofDays(1))), "G-READING");
		TestPrincipal customer = TestPrincipal.of(this.jdbc, "customer1");
		OrderForm form = new OrderForm();
		form.setAccountNumber("G1000000001");
		form.setPlace("北京市东城区和平里街道 12 号院 3 号楼 402");
		form.setDetails("表在吊顶内，自己读不到。");
		long orderId = this.orders.place(reading, form, customer.requireCustomerId(), customer, Map.of());
		OrderView order = this.orders.mine(orderId, customer.requireCustomerId());
		assertThat(order.caseStatus()).isEqualTo(CaseStatus.REGISTERED);
		assertThat(order.completionDueAt()).isAfter(order.orderedAt());

		TestPrincipal clerk = TestPrincipal.of(this.jdbc, "counter1");
		act(order.caseNumber(), CaseAction.TAKE, null, clerk);
		act(order.caseNumber(), CaseAction.FIRST_REPLY, "已预约明天上午上门抄表。", clerk);
		this.clock.advance(Duration.ofHours(2));
		act(order.caseNumber(), CaseAction.RESOLVE, "已上门抄表，读数 1234 立方米，已录入。", clerk);

		order = this.orders.mine(orderId, customer.requireCustomerId());
		assertThat(order.caseStatus()).as("completion brings the return visit").isEqualTo(CaseStatus.RESOLVED);
		assertThat(order.completedAt()).isNotNull();
		assertThat(order.late()).isFalse();
		var after = row(this.report.commitments(this.clock.instant().minus(Duration.ofDays(2)),
				this.clock.instant().plus(Duration.ofDays(1))), "G-READING");
		assertThat(after.doneInTime()).isEqualTo(before.doneInTime() + 1);
		assertThat(after.orders()).isEqualTo(before.orders() + 1);

		MockHttpSession supervisor = signIn("supervisor1");
		// the order was placed two hours ago on the test clock, which late in the evening
		// was yesterday: the period runs from yesterday to today
		String yesterday = LocalDate.now(this.clock).minusDays(1).toString();
		String today = LocalDate.now(this.clock).toString();
		assertThat(page("/supervisor/dashboard?from=" + yesterday + "&to=" + today, supervisor))
			.contains("orders-G-READING", "/supervisor/orders?service=G-READING");
		assertThat(page("/supervisor/orders?service=G-READING&from=" + yesterday + "&to=" + today, supervisor))
			.contains(order.caseNumber(), "上门抄表");
		assertThat(page("/supervisor/orders?service=G-READING&from=" + yesterday + "&to=" + today + "&csv", supervisor))
			.contains(order.caseNumber() + ",G-READING,URBAN");
		assertThat(page("/supervisor/orders/" + orderId, supervisor)).contains(order.caseNumber());

		VisitForm visit = new VisitForm();
		visit.setAttitude(5);
		visit.setSpeed(5);
		visit.setResult(5);
		visit.setOverall(5);
		visit.setVersion(version(order.caseNumber()));
		this.work.recordVisit(order.caseNumber(), visit, customer);
		assertThat(this.orders.mine(orderId, customer.requireCustomerId()).caseStatus()).isEqualTo(CaseStatus.CLOSED);
	}

	@Test
	void theApiPlacesAnOrderForTheCustomerAndKeepsOthersOut() throws Exception {
		String json = """
				{"token": "%s", "accountNumber": "E1000000001", "place": "北京市东城区和平里街道 12 号院",
				 "details": "电压忽高忽低", "blockersChecked": %s}
				""";
		String body = json.formatted(UUID.randomUUID(), true);
		String created = this.mvc
			.perform(post("/api/v1/catalogue/E-REPAIR/orders").with(basic("customer1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(created).contains("\"caseStatus\":\"REGISTERED\"", "\"area\":\"URBAN\"");
		this.mvc
			.perform(post("/api/v1/catalogue/E-REPAIR/orders").with(basic("customer1"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.formatted(UUID.randomUUID(), false)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("blockersChecked")));
		this.mvc.perform(get("/api/v1/orders").with(basic("customer2")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("E1000000001"))));
		this.mvc
			.perform(post("/api/v1/catalogue/E-REPAIR/orders").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theAdministratorsPagesShowTheServicesAndTheirVersions() throws Exception {
		MockHttpSession admin = signIn("admin1");
		assertThat(page("/admin/catalogue", admin)).contains("G-IGNITION", "通气点火");
		assertThat(page("/admin/catalogue/G-IGNITION", admin)).contains("已发布", "公用事业服务承诺〔2024〕12号");
		assertThat(page("/admin/catalogue/G-IGNITION/versions/new", admin)).contains("开放式厨房",
				"name=\"definition.documents[4].nameZh\"", "for=\"definition.documents4.nameZh\"",
				"id=\"definition.documents4.nameZh\"");
		this.mvc.perform(get("/admin/catalogue").session(signIn("counter1"))).andExpect(status().isForbidden());
	}

	private String page(String path, MockHttpSession session) throws Exception {
		return this.mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(String username) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.httpBasic(username, DEMO_PASSWORD);
	}

	private void act(String number, CaseAction action, String text, TestPrincipal staff) {
		ActionForm form = new ActionForm();
		form.setAction(action);
		form.setText(text);
		form.setVersion(version(number));
		this.work.act(number, form, staff);
	}

	private long version(String number) {
		return this.jdbc.sql("select version from service_case where number = ?")
			.param(number)
			.query(Long.class)
			.single();
	}

	private static OrderCommitmentReport.CommitmentRow row(List<OrderCommitmentReport.CommitmentRow> rows,
			String code) {
		return rows.stream().filter((r) -> r.code().equals(code)).findFirst().orElseThrow();
	}

	private org.springframework.test.web.servlet.ResultActions order(MockHttpSession session, String path, UUID token,
			String account) throws Exception {
		return this.mvc.perform(multipart(path).session(session)
			.with(csrf())
			.param("token", token.toString())
			.param("accountNumber", account)
			.param("place", "北京市东城区和平里街道 12 号院 3 号楼 402")
			.param("details", "整栋楼停电 / no power in the building")
			.param("blockersChecked", "true")
			.contentType(MediaType.MULTIPART_FORM_DATA));
	}

	private MockMultipartHttpServletRequestBuilder ignition(MockHttpSession session, String path, UUID token,
			boolean blockersChecked) {
		MockMultipartHttpServletRequestBuilder request = multipart(path);
		request.session(session)
			.with(csrf())
			.param("token", token.toString())
			.param("accountNumber", "G1000000001")
			.param("place", "北京市东城区和平里街道 12 号院 3 号楼 402")
			.param("details", "新房通气 / first gas supply")
			.param("blockersChecked", String.valueOf(blockersChecked));
		return request;
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
