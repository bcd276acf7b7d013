package org.utilityportal.security;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationContext;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.MapBindingResult;
import org.utilityportal.billing.LateCharges;
import org.utilityportal.catalogue.Catalogue;
import org.utilityportal.catalogue.CatalogueEntry;
import org.utilityportal.catalogue.ServiceDefinition;
import org.utilityportal.catalogue.VersionForm;
import org.utilityportal.dataimport.GoLiveImports;
import org.utilityportal.identity.ApiTokens;
import org.utilityportal.identity.OrgUnitForm;
import org.utilityportal.identity.OrganisationAdministration;
import org.utilityportal.identity.StaffAdministration;
import org.utilityportal.identity.StaffForm;
import org.utilityportal.metro.FareVersionForm;
import org.utilityportal.metro.MetroFares;
import org.utilityportal.notice.NoticeForm;
import org.utilityportal.notice.NoticeKind;
import org.utilityportal.notice.Notices;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.security.Role;
import org.utilityportal.support.PortalPages.Visitor;
import org.utilityportal.support.TestPrincipal;
import org.utilityportal.tariff.TariffForm;
import org.utilityportal.tariff.TariffVersionForm;
import org.utilityportal.tariff.TariffView;
import org.utilityportal.tariff.Tariffs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The free-text fields only administrators fill: a unit's names, a member of staff's
 * display name (and their API token's name), a tariff's names with a draft version's
 * document number and charge names, a catalogue draft's texts, a metro notice's titles,
 * body and lines (published by a second administrator), a metro fare draft's document
 * number, a go-live import's file name and the cells of a row it refused, the reason for
 * new late-charge rates. Settings have no free text (their values are read as numbers).
 * The member of staff made here is {@link #clerk()}.
 */
class AdminTextPayloads extends TextPayloads {

	private final Clock clock;

	private final TestPrincipal admin;

	private TestPrincipal clerk;

	AdminTextPayloads(ApplicationContext context) {
		super(context);
		this.clock = context.getBean(Clock.class);
		this.admin = TestPrincipal.of(this.jdbc, "admin1");
	}

	@Override
	Map<Visitor, List<String>> store() {
		this.clerk = staffMember(orgUnit());
		tariff();
		catalogueDraft();
		notice();
		metroFares();
		importRun();
		lateCharges();
		return pages();
	}

	/** A clerk whose display name and unit's names are payloads. */
	TestPrincipal clerk() {
		return this.clerk;
	}

	private long orgUnit() {
		OrgUnitForm form = new OrgUnitForm();
		form.setParentId(this.jdbc.sql("select min(id) from org_unit where kind = 'DISTRICT' and closed_on is null")
			.query(Long.class)
			.single());
		form.setCode("XSS" + ThreadLocalRandom.current().nextInt(100_000, 999_999));
		form.setKind("COUNTER");
		form.setNameZh(PAYLOAD);
		form.setNameEn(PAYLOAD);
		OrganisationAdministration units = bean(OrganisationAdministration.class);
		valid(form, (errors) -> units.validate(form, null, errors));
		long id = units.create(form, this.admin);
		shownTo(Visitor.ADMIN, "/admin/org-units/" + id, "/admin/org-units/" + id + "/edit");
		return id;
	}

	private TestPrincipal staffMember(long unit) {
		StaffForm form = new StaffForm();
		form.setUsername("xss" + ThreadLocalRandom.current().nextInt(100_000, 999_999));
		form.setDisplayName(PAYLOAD);
		form.setWorkNumber(this.jdbc.sql("""
				select 'X' || min(n) from generate_series(?, 999999) n
				where not exists (select 1 from user_account u where u.work_number = 'X' || n)""")
			.param(ThreadLocalRandom.current().nextInt(100_000, 900_000))
			.query(String.class)
			.single());
		form.setRole(Role.COUNTER);
		form.setOrgUnitId(unit);
		StaffAdministration staff = bean(StaffAdministration.class);
		valid(form, (errors) -> staff.validate(form, null, errors));
		long id = staff.create(form, this.admin).id();
		bean(ApiTokens.class).issue(id, SHORT, 30);
		shownTo(Visitor.ADMIN, "/admin/staff/" + id, "/admin/staff/" + id + "/edit");
		return TestPrincipal.of(this.jdbc, form.getUsername());
	}

	/**
	 * A gas tariff for agriculture (no demo data or other test has one) and a draft of
	 * it, from next year.
	 */
	private void tariff() {
		Tariffs tariffs = bean(Tariffs.class);
		List<Long> existing = this.jdbc.sql("select id from tariff where utility = 'GAS' and category = 'AGRICULTURAL'")
			.query(Long.class)
			.list();
		long id;
		if (existing.isEmpty()) {
			TariffForm form = new TariffForm();
			form.setUtility(Utility.GAS);
			form.setCategory(TariffCategory.AGRICULTURAL);
			form.setNameZh(PAYLOAD);
			form.setNameEn(PAYLOAD);
			form.setUnit(Utility.GAS.unit());
			valid(form, (errors) -> tariffs.validate(form, errors));
			id = tariffs.create(form, this.admin);
		}
		else {
			id = existing.getFirst();
		}
		TariffView gas = tariffs.all()
			.stream()
			.filter((tariff) -> tariff.utility() == Utility.GAS && !tariff.versions().isEmpty())
			.findFirst()
			.orElseThrow();
		TariffVersionForm form = TariffVersionForm.from(gas.versions().getFirst());
		form.setEffectiveFrom(LocalDate.now(this.clock).plusYears(1).withDayOfYear(1));
		form.setDocumentNumber(PAYLOAD);
		TariffVersionForm.ChargeRow charge = form.getFixedCharges().getLast();
		charge.setNameZh(SHORT);
		charge.setNameEn(SHORT);
		charge.setPrice(new BigDecimal("1.00"));
		long version = tariffs.draft(id, form, this.admin);
		shownTo(Visitor.ADMIN, "/admin/tariffs/" + id, "/admin/tariffs/versions/" + version,
				"/admin/tariffs/versions/" + version + "/edit");
	}

	private void catalogueDraft() {
		Catalogue catalogue = bean(Catalogue.class);
		CatalogueEntry latest = catalogue.inForce().getLast();
		ServiceDefinition definition = latest.definition();
		definition.setNameZh(PAYLOAD);
		definition.setNameEn(PAYLOAD);
		definition.setDescriptionZh(PAYLOAD);
		definition.setDescriptionEn(PAYLOAD);
		definition.setEligibilityZh(PAYLOAD);
		definition.setEligibilityEn(PAYLOAD);
		definition.setFeeNoteZh(PAYLOAD);
		definition.setFeeNoteEn(PAYLOAD);
		VersionForm form = new VersionForm();
		form.setDefinition(definition);
		form.setEffectiveFrom(LocalDate.now(this.clock).plusYears(1).withDayOfYear(1));
		form.setDocumentNumber(PAYLOAD);
		form.setDocumentDate(LocalDate.now(this.clock));
		valid(form, (errors) -> catalogue.validate(form, errors));
		long version = catalogue.draft(latest.code(), form, this.admin);
		shownTo(Visitor.ADMIN, "/admin/catalogue/" + latest.code(), "/admin/catalogue/versions/" + version,
				"/admin/catalogue/versions/" + version + "/edit");
	}

	/**
	 * A metro notice (it names lines, not districts, and writes no inbox messages),
	 * published by a second administrator: on the public page, the counter's and every
	 * metro card holder's landing page.
	 */
	private void notice() {
		Notices notices = bean(Notices.class);
		NoticeForm form = new NoticeForm();
		form.setKind(NoticeKind.METRO_SERVICE_CHANGE);
		form.setTitleZh(PAYLOAD);
		form.setTitleEn(PAYLOAD);
		form.setBodyZh(PAYLOAD);
		form.setBodyEn(PAYLOAD);
		form.setMetroLines(PAYLOAD);
		form.setStartsAt(LocalDateTime.now(this.clock).plusHours(1).withNano(0));
		form.setEndsAt(LocalDateTime.now(this.clock).plusDays(2).withNano(0));
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		Long id = notices.create(form, "admin1", errors);
		assertThat(errors.getAllErrors()).as("the notice form is valid").isEmpty();
		notices.publish(id, version("notice", id), "admin2");
		shownTo(Visitor.ADMIN, "/admin/notices/" + id);
		shownTo(Visitor.ANONYMOUS, "/public/notices?utility=METRO");
	}

	/** A metro fare draft two years ahead, its document number a payload. */
	private void metroFares() {
		MetroFares fares = bean(MetroFares.class);
		FareVersionForm form = FareVersionForm.from(fares.published().getFirst());
		form.setEffectiveFrom(LocalDate.now(this.clock).plusYears(2).withDayOfYear(1));
		form.setDocumentNumber(PAYLOAD);
		form.setDocumentDate(LocalDate.now(this.clock));
		fares.draft(form, this.admin);
		shownTo(Visitor.ADMIN, "/admin/metro/fares");
	}

	/**
	 * A go-live dry run whose file name is a payload, with a row refused (its mobile
	 * number) whose cells are payloads: the run's page lists refused rows as they were.
	 */
	private void importRun() {
		String file = """
				customer_name,customer_kind,id_type,id_number,mobile,address,utility,legacy_account,service_address,meter_number,tariff_category,billing_cycle,opened_on,reading_date,reading,balance,balance_since
				"%1$s",居民,身份证,11010119900307000X,12,"%1$s",电力,XSS%2$d,"%1$s",XSS%2$d,居民,月,2020-01-01,2026-10-31,10,,
				"""
			.formatted(PAYLOAD.replace("\"", "\"\""), ThreadLocalRandom.current().nextInt(100_000, 999_999));
		long id = bean(GoLiveImports.class).upload(PAYLOAD,
				new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "UTF-8", "admin1");
		for (int i = 0; i < 600 && List.of("UPLOADED", "CHECKING").contains(status(id)); i++) {
			sleep();
		}
		assertThat(status(id)).as("the dry run finished").isEqualTo("CHECKED");
		shownTo(Visitor.ADMIN, "/admin/imports/" + id);
	}

	/**
	 * Late-charge rates from a day far ahead (as its own test does), with a payload
	 * reason.
	 */
	private void lateCharges() {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "lateCharges");
		LocalDate from = LocalDate.now(this.clock).plusDays(5000 + ThreadLocalRandom.current().nextInt(1000));
		bean(LateCharges.class).set(from, "1", "2", "3", "0", PAYLOAD, "admin1", errors);
		assertThat(errors.getAllErrors()).as("the late-charge rates are set").isEmpty();
		shownTo(Visitor.ADMIN, "/admin/late-charges");
	}

	private String status(long importId) {
		return this.jdbc.sql("select status from import_run where id = ?").param(importId).query(String.class).single();
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
