package org.utilityportal.notice;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.utilityportal.customer.ServiceAccountForm;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.notice.internal.NoticeAreas;
import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.shared.domain.FourEyesRefusal;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notices reach the right people: an address in the area sees a published notice, one
 * outside does not; drafts, withdrawn, superseded and ended notices are hidden; metro
 * notices reach metro card holders. Bad forms save nothing; stale edits are refused.
 */
class NoticesIT extends IntegrationTest {

	@Autowired
	Notices notices;

	@Autowired
	ServiceAccounts accounts;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void anAccountInTheAreaSeesThePublishedNoticeAndOneOutsideDoesNot() {
		String street = uniqueStreet();
		long inside = this.customers.open("区内客户");
		String insideElectricity = open(inside, Utility.ELECTRICITY, "北京市丰台区" + street + " 5 号院 1 号楼 101");
		open(inside, Utility.WATER, "北京市丰台区" + street + " 5 号院 1 号楼 101");
		long outside = this.customers.open("区外客户");
		open(outside, Utility.ELECTRICITY, "北京市丰台区别的路" + street + " 8 号");
		long elsewhere = this.customers.open("外区客户");
		open(elsewhere, Utility.ELECTRICITY, "北京市海淀区" + street + " 5 号");

		long id = create(outage("丰台区 " + street, 1, 10));
		assertThat(affected(inside)).as("a draft is shown to nobody").doesNotContain(id);

		this.notices.publish(id, 0, "admin1");

		assertThat(this.notices.affecting(inside)).filteredOn((a) -> a.notice().id() == id)
			.singleElement()
			.satisfies((a) -> assertThat(a.accountNumbers()).containsExactly(insideElectricity));
		assertThat(affected(outside)).doesNotContain(id);
		assertThat(affected(elsewhere)).doesNotContain(id);
		assertThat(ids(this.notices.published(Utility.ELECTRICITY, "丰台区" + street + "5号院"))).contains(id);
		assertThat(ids(this.notices.published(null, "丰台区"))).contains(id);
		assertThat(ids(this.notices.published(Utility.WATER, "丰台区"))).doesNotContain(id);
		assertThat(ids(this.notices.published(null, "海淀区"))).doesNotContain(id);

		this.notices.withdraw(id, 1, "线路检修取消", "admin1");

		assertThat(affected(inside)).doesNotContain(id);
		assertThat(ids(this.notices.published(null, null))).doesNotContain(id);
	}

	@Test
	void aNoticeThatHasEndedIsNoLongerShown() {
		String street = uniqueStreet();
		long customer = this.customers.open("停电客户");
		open(customer, Utility.ELECTRICITY, "北京市通州区" + street + " 1 号");
		LocalDateTime now = LocalDateTime.now(this.clock);
		NoticeForm form = outage("通州区 " + street, 0, 0);
		form.setStartsAt(now.minusHours(1));
		form.setEndsAt(now.plusHours(2));
		long id = create(form);
		this.notices.publish(id, 0, "admin1");
		assertThat(affected(customer)).contains(id);
		assertThat(this.notices.get(id).isCurrent(this.clock.instant())).isTrue();

		this.clock.advance(Duration.ofHours(3));

		assertThat(affected(customer)).doesNotContain(id);
		assertThat(ids(this.notices.published(null, null))).doesNotContain(id);
	}

	@Test
	void metroNoticesReachEveryMetroCardHolderAndNobodyElse() {
		long rider = this.customers.open("地铁乘客");
		String card = open(rider, Utility.METRO, null);
		long nonRider = this.customers.open("不坐地铁");
		open(nonRider, Utility.ELECTRICITY, "北京市大兴区" + uniqueStreet() + " 2 号");
		NoticeForm form = outage(null, 1, 3);
		form.setKind(NoticeKind.METRO_DISRUPTION);
		form.setMetroLines("4号线 大兴线 全线");
		long id = create(form);
		this.notices.publish(id, 0, "admin1");

		assertThat(this.notices.affecting(rider)).filteredOn((a) -> a.notice().id() == id)
			.singleElement()
			.satisfies((a) -> assertThat(a.accountNumbers()).containsExactly(card));
		assertThat(affected(nonRider)).doesNotContain(id);
		assertThat(ids(this.notices.published(null, "大兴区"))).as("metro notices cover the whole network").contains(id);
	}

	@Test
	void aFormWithErrorsShowsThemNextToTheFieldsAndSavesNothing() throws Exception {
		long before = count();
		MockHttpSession admin = signIn("admin1");
		this.mvc
			.perform(post("/admin/notices").session(admin)
				.with(csrf())
				.param("kind", "PLANNED_OUTAGE")
				.param("titleZh", "计划停电")
				.param("titleEn", "")
				.param("areas", "")
				.param("startsAt", "2030-05-02T08:00")
				.param("endsAt", "2030-05-01T18:00"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("noticeForm", "titleEn", "areas", "endsAt"))
			.andExpect(content().string(containsString("结束时间必须晚于开始时间。")))
			.andExpect(content().string(containsString("请至少填写一个影响区域")));
		this.mvc
			.perform(post("/admin/notices?lang=en").session(admin)
				.with(csrf())
				.param("kind", "WATER_INTERRUPTION")
				.param("titleZh", "停水")
				.param("titleEn", "Water off")
				.param("areas", "东城区 和平里街道\n火星区 某街")
				.param("startsAt", "2030-05-01T08:00")
				.param("endsAt", "2030-05-01T18:00"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("noticeForm", "areas"))
			.andExpect(content().string(containsString("Not a known area: 火星区 某街.")));
		this.mvc
			.perform(post("/admin/notices").session(admin)
				.with(csrf())
				.param("kind", "METRO_SERVICE_CHANGE")
				.param("titleZh", "首班车调整")
				.param("titleEn", "First trains")
				.param("startsAt", "2030-05-01T05:00")
				.param("endsAt", "2030-06-01T05:00"))
			.andExpect(model().attributeHasFieldErrors("noticeForm", "metroLines"));
		assertThat(count()).isEqualTo(before);

		this.mvc
			.perform(post("/admin/notices").session(admin)
				.with(csrf())
				.param("kind", "WATER_INTERRUPTION")
				.param("titleZh", "停水")
				.param("titleEn", "Water off")
				.param("areas", "北京市东城区 和平里街道\n西城区")
				.param("startsAt", "2030-05-01T08:00")
				.param("endsAt", "2030-05-01T18:00"))
			.andExpect(redirectedUrlPattern("/admin/notices/*"));
		assertThat(count()).isEqualTo(before + 1);
		assertThat(this.jdbc.sql("""
				select string_agg(address_prefix, ',' order by position) from notice_area
				where notice_id = (select max(id) from notice)
				""").query(String.class).single()).isEqualTo("北京市东城区和平里街道,北京市西城区");
	}

	@Test
	void whoeverWroteOrEditedANoticeCannotPublishItNeitherThroughThePortalNorInTheDatabase() throws Exception {
		long id = create(outage("石景山区 " + uniqueStreet(), 2, 4));
		NoticeForm edit = this.notices.form(id);
		edit.setTitleEn("Planned outage (edited by admin1)");
		this.notices.update(id, edit, new BeanPropertyBindingResult(edit, "noticeForm"), "admin1");

		assertThatExceptionOfType(FourEyesRefusal.class).isThrownBy(() -> this.notices.publish(id, 1, "admin2"))
			.extracting(FourEyesRefusal::getMessageKey)
			.isEqualTo("notice.publish.ownDraft");
		this.mvc.perform(
				post("/admin/notices/" + id + "/publish").session(signIn("admin1")).with(csrf()).param("version", "1"))
			.andExpect(flash().attribute("problem", "notice.publish.editedDraft"));
		assertThatExceptionOfType(DataAccessException.class).as("the table refuses it too")
			.isThrownBy(() -> this.jdbc.sql(
					"update notice set status = 'PUBLISHED', published_by = 'admin1', published_at = now() where id = ?")
				.param(id)
				.update());
		assertThatExceptionOfType(DataAccessException.class).as("an editor is never taken off")
			.isThrownBy(() -> this.jdbc.sql("update notice set edited_by = '{}' where id = ?").param(id).update());
		assertThat(this.notices.get(id).isDraft()).isTrue();

		assertThat(this.notices.publish(id, 1, "supervisor1")).as("a third person may").isGreaterThanOrEqualTo(0);
		assertThat(this.notices.get(id).publishedBy()).isEqualTo("supervisor1");
	}

	@Test
	void aSaveFromAnOutOfDateFormIsRefusedAndAPublishedNoticeIsCorrectedByARevision() throws Exception {
		long id = create(outage("石景山区 " + uniqueStreet(), 2, 4));
		NoticeForm first = this.notices.form(id);
		NoticeForm second = this.notices.form(id);
		first.setTitleEn("Planned outage (times confirmed)");
		assertThat(this.notices.update(id, first, new BeanPropertyBindingResult(first, "noticeForm"), "admin2"))
			.isTrue();
		second.setTitleEn("Overwritten");
		assertThatExceptionOfType(StaleEditException.class).isThrownBy(
				() -> this.notices.update(id, second, new BeanPropertyBindingResult(second, "noticeForm"), "admin2"));
		MockHttpSession admin = signIn("admin1");
		this.mvc.perform(post("/admin/notices/" + id + "/publish").session(admin).with(csrf()).param("version", "0"))
			.andExpect(flash().attribute("problem", "validation.stale"));
		assertThat(this.notices.get(id).titleEn()).isEqualTo("Planned outage (times confirmed)");

		this.mvc.perform(post("/admin/notices/" + id + "/publish").session(admin).with(csrf()).param("version", "1"))
			.andExpect(flash().attribute("notice", "notice.published"));
		NoticeForm late = this.notices.form(id);
		assertThatExceptionOfType(StaleEditException.class).as("a published notice is never edited")
			.isThrownBy(
					() -> this.notices.update(id, late, new BeanPropertyBindingResult(late, "noticeForm"), "admin2"));

		long revision = this.notices.revise(id, "admin1");
		assertThat(this.notices.revise(id, "admin1")).as("one revision at a time").isEqualTo(revision);
		NoticeForm correction = this.notices.form(revision);
		correction.setEndsAt(correction.getEndsAt().plusHours(2));
		this.notices.update(revision, correction, new BeanPropertyBindingResult(correction, "noticeForm"), "admin1");
		this.notices.publish(revision, 1, "admin2");

		assertThat(this.notices.get(id).status()).isEqualTo(NoticeStatus.SUPERSEDED);
		assertThat(this.notices.get(revision).replacesId()).isEqualTo(id);
		assertThat(ids(this.notices.published(null, null))).contains(revision).doesNotContain(id);
	}

	@Test
	void publishingWritesAnInboxMessageToAffectedCustomersWithAPortalAccount() throws InterruptedException {
		long id = create(outage("东城区 和平里街道", 30, 32));
		int sent = this.notices.publish(id, 0, "admin1");

		assertThat(sent).isGreaterThanOrEqualTo(1);
		assertThat(eventually(() -> inboxMessages("customer1", id), (messages) -> messages > 0))
			.as("written a moment after the publication is committed")
			.isEqualTo(1);
		assertThat(inboxMessages("customer2", id)).as("安定门外大街 is outside 和平里街道").isZero();
	}

	@Test
	void theApiListsPublishedNoticesToAnyoneAndACustomerOnlyTheirOwn() throws Exception {
		long id = create(outage("东城区 和平里街道", 40, 41));
		this.notices.publish(id, 0, "admin1");
		long draft = create(outage("东城区 和平里街道", 42, 43));

		this.mvc.perform(get("/api/v1/notices").param("utility", "ELECTRICITY").param("area", "东城区和平里街道12号院"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == %d)].titleEn", id).value("Planned outage"))
			.andExpect(jsonPath("$[?(@.id == %d)]", draft).isEmpty());
		this.mvc.perform(get("/api/v1/notices/" + draft)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/my/notices").with(httpBasic("customer1", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.notice.id == %d)].accountNumbers[0]", id).value("E1000000001"));
		this.mvc.perform(get("/api/v1/my/notices").with(httpBasic("customer2", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.notice.id == %d)]", id).isEmpty());
		this.mvc.perform(get("/api/v1/my/notices")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/my/notices").with(httpBasic("counter1", DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void counterStaffReadTheListAndCustomersCannotOpenTheAdministration() throws Exception {
		long id = create(outage("昌平区 " + uniqueStreet(), 5, 6));
		this.notices.publish(id, 0, "admin1");
		this.mvc.perform(get("/counter/notices").session(signIn("counter1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-id=\"" + id + "\"")))
			.andExpect(content().string(not(containsString("new-notice"))));
		this.mvc.perform(get("/admin/notices").session(signIn("customer1"))).andExpect(status().isForbidden());
		this.mvc.perform(get("/public/notices").param("area", "昌平区"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("notice-" + id)));
	}

	@Test
	void findingTheAccountsInAnAreaUsesTheAddressKeyIndex() {
		String plan = new TransactionTemplate(this.transactions).execute((status) -> {
			this.jdbc.sql("set local enable_seqscan = off").update();
			return String.join("\n", this.jdbc.sql("""
					explain select count(*) from service_account s
					where s.utility = 'ELECTRICITY' and s.status = 'OPEN'
					  and portal_address_key(s.service_address) like ? escape '\\'
					""").param("北京市东城区和平里街道%").query(String.class).list());
		});
		assertThat(plan).contains("service_account_address_key_idx");
	}

	@Test
	void theDatabaseAndTheApplicationMakeTheSameAddressKey() {
		String address = "北京市东城区和平里街道 12 号院\u30003 号楼\tA402";
		assertThat(this.jdbc.sql("select portal_address_key(?)").param(address).query(String.class).single())
			.isEqualTo(NoticeAreas.key(address))
			.isEqualTo("北京市东城区和平里街道12号院3号楼a402");
	}

	private long create(NoticeForm form) {
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "noticeForm");
		Long id = this.notices.create(form, "admin2", errors);
		assertThat(errors.getAllErrors()).isEmpty();
		return id;
	}

	private NoticeForm outage(String areas, int startHours, int endHours) {
		NoticeForm form = new NoticeForm();
		form.setKind(NoticeKind.PLANNED_OUTAGE);
		form.setTitleZh("计划停电");
		form.setTitleEn("Planned outage");
		form.setBodyZh("线路检修");
		form.setBodyEn("Line maintenance");
		form.setAreas(areas);
		LocalDateTime now = LocalDateTime.now(this.clock).withSecond(0).withNano(0);
		form.setStartsAt(now.plusHours(startHours));
		form.setEndsAt(now.plusHours(endHours));
		return form;
	}

	private String open(long customerId, Utility utility, String address) {
		ServiceAccountForm form = new ServiceAccountForm();
		form.setUtility(utility);
		if (utility == Utility.METRO) {
			form.setTransitCardNumber("3" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
		}
		else {
			form.setServiceAddress(address);
			form.setMeterNumber("N" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
			form.setTariffCategory(TariffCategory.RESIDENTIAL);
			form.setBillingCycle(BillingCycle.MONTHLY);
		}
		return this.customers.accountNumber(this.accounts.open(customerId, form, this.customers.counter()));
	}

	private List<Long> affected(long customerId) {
		return this.notices.affecting(customerId).stream().map((a) -> a.notice().id()).toList();
	}

	private static List<Long> ids(List<NoticeView> views) {
		return views.stream().map(NoticeView::id).toList();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from notice").query(Long.class).single();
	}

	private long inboxMessages(String username, long noticeId) {
		return this.jdbc.sql("""
				select count(*) from notification n join user_account u on u.id = n.recipient_id
				where u.username = ? and n.dedup_key = ?
				""").params(username, "notice-" + noticeId).query(Long.class).single();
	}

	private static String uniqueStreet() {
		return "测试路" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "号街";
	}

}
