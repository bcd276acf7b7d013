package org.utilityportal.security;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.utilityportal.billing.Rechecks;
import org.utilityportal.casework.CaseIntake;
import org.utilityportal.casework.CaseWork;
import org.utilityportal.casework.IntakeForm;
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.Subject;
import org.utilityportal.catalogue.Catalogue;
import org.utilityportal.catalogue.OrderForm;
import org.utilityportal.catalogue.ServiceOrders;
import org.utilityportal.customer.ContactForm;
import org.utilityportal.customer.CustomerForm;
import org.utilityportal.customer.CustomerRecords;
import org.utilityportal.customer.KeyAccounts;
import org.utilityportal.customer.ServiceAccountForm;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;
import org.utilityportal.support.PortalPages;
import org.utilityportal.support.PortalPages.Page;
import org.utilityportal.support.PortalPages.Visitor;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored XSS, proved by escaping alone: script payloads go into the free-text fields
 * customers and clerks fill (a customer's name, address and consent purpose, a service
 * address, a contact-log note, a complaint's place, summary and details, the contact of
 * an anonymous caller, information a customer adds, a clerk's note, a re-check reason, an
 * order's place and details; the first and final replies, the return-visit remark, a
 * reply to the 12345 platform, a mandate's payer name, reversal and refund reasons, an
 * API token's name: {@link CaseAndMoneyTextPayloads}), those supervisors fill
 * (inspections, contests, reviews, corrective actions, campaigns:
 * {@link QualityTextPayloads}) and those administrators fill (units, staff, tariffs,
 * catalogue drafts, notices: {@link AdminTextPayloads}). Then every page of every role,
 * anonymous visitors included, and the pages that show each payload are opened in
 * Chromium with the Content-Security-Policy switched off. Nothing may run:
 * {@code window.__xss} stays undefined.
 */
class StoredXssBrowserIT extends BrowserTest {

	private static final String PAYLOAD = TextPayloads.PAYLOAD;

	@Autowired
	PortalPages pages;

	@Autowired
	ApplicationContext context;

	@Autowired
	CustomerRecords records;

	@Autowired
	ServiceAccounts accounts;

	@Autowired
	KeyAccounts keyAccounts;

	@Autowired
	CaseIntake intake;

	@Autowired
	CaseWork work;

	@Autowired
	Rechecks rechecks;

	@Autowired
	Catalogue catalogue;

	@Autowired
	ServiceOrders orders;

	private final List<String> executed = new ArrayList<>();

	private final List<String> shown = new ArrayList<>();

	@AfterEach
	void csp() {
		Browser.bypassContentSecurityPolicy(false);
	}

	@Test
	void scriptInEveryFreeTextFieldNeverRuns() {
		Stored stored = storePayloads();
		Map<Visitor, List<String>> extra = new EnumMap<>(Visitor.class);
		extra.put(Visitor.COUNTER,
				new ArrayList<>(List.of("/counter/customers/" + stored.customerId(),
						"/counter/customers/" + stored.customerId() + "/edit",
						"/counter/accounts/" + stored.accountId() + "/edit",
						"/counter/accounts/" + stored.accountId() + "/billing",
						"/counter/accounts/" + stored.accountId() + "/readings", "/counter/cases/" + stored.staffCase(),
						"/counter/cases/" + stored.onlineCase(), "/counter/customers?q=" + PAYLOAD.substring(0, 20))));
		extra.put(Visitor.SUPERVISOR, new ArrayList<>(
				List.of("/supervisor/cases/" + stored.staffCase(), "/supervisor/cases/" + stored.onlineCase())));
		extra.put(Visitor.CUSTOMER, new ArrayList<>(List.of("/my/cases/" + stored.onlineCase())));
		AdminTextPayloads admin = new AdminTextPayloads(this.context);
		add(extra, admin.store());
		add(extra, new QualityTextPayloads(this.context, admin.clerk()).store());
		add(extra, new CaseAndMoneyTextPayloads(this.context, stored.accountId(), stored.onlineCase(), admin.clerk())
			.store());
		Browser.bypassContentSecurityPolicy(true);
		for (Visitor visitor : Visitor.values()) {
			visit(visitor, extra.getOrDefault(visitor, List.of()));
		}
		assertThat(this.executed).as("pages where a stored script ran").isEmpty();
		// The payloads were on the pages, as text: the test looked where they are shown.
		assertThat(this.shown).as("pages showing the payload as text")
			.contains("COUNTER /counter/customers/" + stored.customerId(),
					"COUNTER /counter/cases/" + stored.staffCase(),
					"COUNTER /counter/accounts/" + stored.accountId() + "/direct-debit",
					"SUPERVISOR /supervisor/cases/" + stored.onlineCase(), "CUSTOMER /my/cases/" + stored.onlineCase(),
					"CUSTOMER /account/tokens")
			.containsAll(shownWhereStored(extra, Visitor.ADMIN))
			.containsAll(shownWhereStored(extra, Visitor.ANONYMOUS))
			.anyMatch((page) -> page.startsWith("SUPERVISOR /supervisor/inspections/"))
			.anyMatch((page) -> page.startsWith("SUPERVISOR /supervisor/campaigns/"));
	}

	private static void add(Map<Visitor, List<String>> all, Map<Visitor, List<String>> more) {
		more.forEach((visitor, paths) -> all.computeIfAbsent(visitor, (key) -> new ArrayList<>()).addAll(paths));
	}

	/**
	 * The pages of a visitor where payloads were stored, but their edit forms (which hold
	 * them as values).
	 */
	private static List<String> shownWhereStored(Map<Visitor, List<String>> extra, Visitor visitor) {
		return extra.getOrDefault(visitor, List.of())
			.stream()
			.filter((path) -> !path.endsWith("/edit") && !path.endsWith("/draft"))
			.map((path) -> visitor + " " + path)
			.toList();
	}

	/** Signs in as the visitor, opens every page of theirs and the extra ones. */
	private void visit(Visitor visitor, List<String> extra) {
		this.browser.manage().deleteAllCookies();
		if (visitor.username() != null) {
			signIn(visitor.username(), DEMO_PASSWORD);
		}
		List<String> paths = new ArrayList<>(this.pages.of(visitor).stream().map(Page::path).toList());
		paths.addAll(extra);
		for (String path : paths) {
			this.browser.get(url(path));
			Object ran = ((JavascriptExecutor) this.browser).executeScript("return window.__xss === undefined "
					+ "? null : String(window.__xss) + ' ' + document.querySelectorAll('img[src=x]').length;");
			if (ran != null) {
				this.executed.add(visitor + " " + path);
			}
			Object text = ((JavascriptExecutor) this.browser)
				.executeScript("return document.body.textContent.includes('onerror=window.__xss=1');");
			if (Boolean.TRUE.equals(text)) {
				this.shown.add(visitor + " " + path);
			}
		}
	}

	private Stored storePayloads() {
		TestPrincipal counter = TestPrincipal.of(this.jdbc, "counter1");
		TestPrincipal customer1 = TestPrincipal.of(this.jdbc, "customer1");
		CustomerForm form = this.customers.form(PAYLOAD);
		form.setAddress(PAYLOAD);
		form.setConsentPurpose(PAYLOAD);
		long customerId = this.records.open(form, counter);
		ServiceAccountForm account = new ServiceAccountForm();
		account.setUtility(Utility.ELECTRICITY);
		account.setServiceAddress(PAYLOAD);
		account.setMeterNumber("X" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
		account.setTariffCategory(TariffCategory.RESIDENTIAL);
		account.setBillingCycle(BillingCycle.MONTHLY);
		long accountId = this.accounts.open(customerId, account, counter);
		ContactForm contact = new ContactForm();
		contact.setContactedOn(LocalDate.now(this.clock));
		contact.setSummary(PAYLOAD);
		this.keyAccounts.recordContact(customerId, contact, counter);
		String staffCase = this.intake.registerByStaff(caseForm(customerId), counter);
		IntakeForm anonymous = caseForm(null);
		anonymous.setContactName(PAYLOAD);
		anonymous.setContactPhone("13800138000");
		this.intake.registerByStaff(anonymous, counter);
		String onlineCase = this.intake.registerOnline(caseForm(null), customer1);
		this.work.addInformation(onlineCase, PAYLOAD, customer1);
		this.work.note(staffCase, version(staffCase), PAYLOAD, counter);
		String bill = this.jdbc.sql("""
				select b.bill_number from bill b join service_account a on a.id = b.account_id
				where a.account_number = 'E1000000001' order by b.period_from desc limit 1""")
			.query(String.class)
			.single();
		this.rechecks.request(customer1.requireCustomerId(), bill, PAYLOAD, "customer1");
		OrderForm order = new OrderForm();
		order.setAccountNumber("G1000000001");
		order.setPlace(PAYLOAD);
		order.setDetails(PAYLOAD);
		this.orders.place(this.catalogue.inForce("G-READING").orElseThrow(), order, customer1.requireCustomerId(),
				customer1, Map.of());
		return new Stored(customerId, accountId, staffCase, onlineCase);
	}

	private IntakeForm caseForm(Long customerId) {
		IntakeForm form = new IntakeForm();
		form.setNature(Nature.COMPLAINT);
		form.setSubject(Subject.BILLING);
		form.setUtility(Utility.ELECTRICITY);
		form.setCustomerId(customerId);
		form.setOccurredAt(LocalDateTime.now(this.clock).minusHours(2));
		form.setPlace(PAYLOAD);
		form.setSummary(PAYLOAD);
		form.setDetails(PAYLOAD);
		return form;
	}

	private long version(String number) {
		return this.jdbc.sql("select version from service_case where number = ?")
			.param(number)
			.query(Long.class)
			.single();
	}

	private record Stored(long customerId, long accountId, String staffCase, String onlineCase) {

	}

}
