package org.utilityportal.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.utilityportal.catalogue.Catalogue;
import org.utilityportal.catalogue.CatalogueEntry;
import org.utilityportal.catalogue.OrderForm;
import org.utilityportal.catalogue.ServiceOrders;
import org.utilityportal.catalogue.VersionForm;
import org.utilityportal.dataimport.GoLiveImports;
import org.utilityportal.identity.ApiTokens;
import org.utilityportal.tariff.TariffVersionForm;
import org.utilityportal.tariff.TariffView;
import org.utilityportal.tariff.Tariffs;

/**
 * What some pages need that the demo data does not have, made through the facades when
 * missing: drafts to edit (the demo data publishes everything) and an order of
 * {@code customer1}, and a valid personal API token of {@code customer1} and of
 * {@code counter1} (so the routes that revoke one are tried on a token that exists and
 * belongs to someone else). A page added later whose example needs a record of its own
 * adds it here.
 */
public class PageFixtures {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Catalogue catalogue;

	private final Tariffs tariffs;

	private final ServiceOrders orders;

	private final GoLiveImports imports;

	private final MoneyFixtures money;

	private final ApiTokens tokens;

	public PageFixtures(JdbcClient jdbc, Clock clock, Catalogue catalogue, Tariffs tariffs, ServiceOrders orders,
			GoLiveImports imports, MoneyFixtures money, ApiTokens tokens) {
		this.money = money;
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.clock = clock;
		this.catalogue = catalogue;
		this.tariffs = tariffs;
		this.orders = orders;
		this.imports = imports;
	}

	/** Makes what is missing; does nothing when it is there. */
	public void ensure() {
		TestPrincipal customer = TestPrincipal.of(this.jdbc, "customer1");
		if (this.orders.ofCustomer(customer.requireCustomerId()).isEmpty()) {
			OrderForm form = new OrderForm();
			form.setAccountNumber("G1000000001");
			form.setPlace("北京市东城区和平里街道 12 号院 3 号楼 402");
			form.setDetails("页面检查：燃气表读数。");
			this.orders.place(this.catalogue.inForce("G-READING").orElseThrow(), form, customer.requireCustomerId(),
					customer, Map.of());
		}
		LocalDate nextMonth = LocalDate.now(this.clock).plusMonths(1);
		TestPrincipal officer = TestPrincipal.of(this.jdbc, "admin1");
		if (drafts("catalogue_version") == 0) {
			CatalogueEntry latest = this.catalogue.inForce().getFirst();
			VersionForm form = new VersionForm();
			form.setDefinition(latest.definition());
			form.setEffectiveFrom(nextMonth);
			form.setDocumentNumber("页面检查草稿");
			form.setDocumentDate(nextMonth.minusMonths(1));
			this.catalogue.draft(latest.code(), form, officer);
		}
		if (drafts("tariff_version") == 0) {
			TariffView tariff = this.tariffs.all().getFirst();
			TariffVersionForm form = TariffVersionForm.from(tariff.versions().getFirst());
			form.setEffectiveFrom(nextMonth);
			form.setDocumentNumber("页面检查草稿");
			this.tariffs.draft(tariff.id(), form, officer);
		}
		if (drafts("sla_policy_draft") == 0) {
			this.jdbc.sql("""
					insert into sla_policy_draft (nature, subject, grade_band, all_hours, first_reply_minutes,
					    resolution_minutes, return_visit_minutes, tier2_minutes, tier3_minutes, tier4_minutes,
					    warning_percent, written_by, written_at)
					values ('SUGGESTION', 'STAFF', 'C', false, 1440, 4800, 1440, 1440, 1440, 2400, 80, 'admin2', now())
					""").update();
		}
		if (this.imports.recent().isEmpty()) {
			// A dry run with a rejected row, so the run's page shows its table of
			// rejections.
			String file = """
					customer_name,customer_kind,id_type,id_number,mobile,address,utility,legacy_account,service_address,meter_number,tariff_category,billing_cycle,opened_on,reading_date,reading,balance,balance_since
					页面检查,居民,身份证,11010119900307000X,13800138000,北京市东城区和平里街道 1 号,电力,PAGECHECK1,北京市东城区和平里街道 1 号,PAGECHECK1,居民,月,2020-01-01,2026-10-31,10,,
					""";
			this.imports.upload("page-check.csv", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
					"UTF-8", "admin1");
		}
		this.money.ensure(customer.requireCustomerId());
		ensureToken("customer1");
		ensureToken("counter1");
	}

	/**
	 * A token of the person that is not revoked (it may have expired: it is still
	 * theirs).
	 */
	private void ensureToken(String username) {
		TestPrincipal person = TestPrincipal.of(this.jdbc, username);
		if (this.tokens.of(person.userId()).stream().allMatch((token) -> token.revokedAt() != null)) {
			this.tokens.issue(person.userId(), "页面检查令牌", 365);
		}
	}

	private long drafts(String table) {
		return this.jdbc.sql("select count(*) from " + table + " where status = 'DRAFT'").query(Long.class).single();
	}

}
