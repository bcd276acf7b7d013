package org.utilityportal.metro;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.customer.ServiceAccountForm;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.money.Money;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Transit card statements (a bill's arithmetic, fare versions by entry date, ownership,
 * the access log), the fare calculator and the public metro API.
 */
class MetroIT extends IntegrationTest {

	@Autowired
	TransitCards cards;

	@Autowired
	MetroFares fares;

	@Autowired
	ServiceAccounts accounts;

	@Test
	void theStatementReadsLikeABillAndItsLinesSumToTheTotals() {
		long accountId = metroAccount("对账单测试");
		YearMonth month = YearMonth.now(this.clock).minusMonths(2);
		this.cards.topUp(accountId, Money.of("50.00"), at(month.minusMonths(1).atEndOfMonth(), 9),
				TopUpChannel.COUNTER);
		this.cards.recordTrip(accountId, "andingmen", at(month.minusMonths(1).atEndOfMonth(), 10), "guomao",
				at(month.minusMonths(1).atEndOfMonth(), 11));
		this.cards.topUp(accountId, Money.of("100.00"), at(month.atDay(2), 8), TopUpChannel.MACHINE);
		trip(accountId, "andingmen", "guomao", month.atDay(3));
		trip(accountId, "guomao", "andingmen", month.atDay(3).plusDays(1));
		trip(accountId, "pku-east-gate", "xidan", month.atDay(5));
		trip(accountId, "xidan", "xidan", month.atDay(6));
		trip(accountId, "pingguoyuan", "guomao", month.atDay(7));
		// Entered at 23:50 on the last day: the trip belongs to the month it was entered
		// in.
		this.cards.recordTrip(accountId, "xidan", at(month.atEndOfMonth(), 23).plusSeconds(50 * 60), "guomao",
				at(month.plusMonths(1).atDay(1), 0).plusSeconds(10 * 60));

		CardStatement statement = this.cards.forStaff(accountId, month, this.customers.counter(), AccessChannel.WEB);

		assertThat(statement.openingBalance()).isEqualTo(Money.of("46.00"));
		assertThat(statement.topUpTotal()).isEqualTo(Money.of("100.00"));
		assertThat(statement.groups())
			.extracting((group) -> group.count() + " × " + group.fare() + " = " + group.amount())
			.containsExactly("1 × 3.00 = 3.00", "3 × 4.00 = 12.00", "1 × 5.00 = 5.00", "1 × 6.00 = 6.00");
		assertThat(statement.fareTotal()).isEqualTo(Money.of("26.00"));
		assertThat(statement.closingBalance()).isEqualTo(Money.of("120.00"));
		assertThat(statement.groups().get(1).trips()).extracting((trip) -> trip.km().toPlainString())
			.containsExactly("9.386", "9.386", "7.173");
		assertThat(statement.groups().get(0).trips().getFirst().km()).isZero();
		Money sumOfTrips = statement.groups()
			.stream()
			.flatMap((group) -> group.trips().stream())
			.map(CardStatement.Trip::fare)
			.reduce(Money.ZERO, Money::plus);
		assertThat(sumOfTrips).isEqualTo(statement.fareTotal());
		assertThat(statement.openingBalance().plus(statement.topUpTotal()).minus(statement.fareTotal()))
			.isEqualTo(statement.closingBalance());
		assertThat(this.cards.forStaff(accountId, month.plusMonths(1), this.customers.counter(), AccessChannel.WEB)
			.openingBalance()).isEqualTo(statement.closingBalance());
	}

	@Test
	void aTripIsChargedAtTheFaresInForceOnItsEntryDay() {
		LocalDate from = LocalDate.now(this.clock).plusYears(5).plusDays(this.fares.published().size());
		FareVersionForm form = FareVersionForm.from(this.fares.inForce(LocalDate.now(this.clock)).orElseThrow());
		form.setEffectiveFrom(from);
		form.setDocumentNumber("京发改〔测试〕" + from + "号");
		form.setDocumentDate(LocalDate.now(this.clock));
		for (FareVersionForm.BandRow row : form.getBands()) {
			if (row.getFare() != null) {
				row.setFare(row.getFare().add(BigDecimal.ONE));
			}
		}
		long draft = this.fares.draft(form, admin("admin1"));
		assertThat(this.fares.publish(draft, 0, admin("admin1"))).isEqualTo("metro.fares.publish.ownDraft");
		assertThat(this.fares.publish(draft, 0, admin("admin2"))).isNull();

		long accountId = metroAccount("调价测试");
		this.cards.topUp(accountId, Money.of("20.00"), at(from.minusDays(2), 8), TopUpChannel.ONLINE);
		assertThat(trip(accountId, "andingmen", "guomao", from.minusDays(1))).isEqualTo(Money.of("4.00"));
		assertThat(trip(accountId, "andingmen", "guomao", from)).isEqualTo(Money.of("5.00"));
		assertThat(this.fares.quote("andingmen", "guomao", from).orElseThrow().fareVersion().id()).isEqualTo(draft);

		CardStatement statement = this.cards.forStaff(accountId, YearMonth.from(from), this.customers.counter(),
				AccessChannel.WEB);
		assertThat(statement.groups().getLast().trips().getLast().fareDocument()).startsWith("京发改〔测试〕");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update metro_fare_band set fare = 1 where fare_version_id = ?")
				.param(draft)
				.update());
	}

	@Test
	void beijingDiscountsByMonthlySpendingChargeTheRideThatCrossesAThresholdAtTheOldRate() {
		// Beijing (京发改〔2014〕2712号): after ¥100 spent in a calendar month 80%, after ¥150
		// 50%. A commuter rides 安定门–国贸 (¥4.00 by distance) twice a working day, 44 rides:
		// rides 1–25 at ¥4.00 = ¥100.00; ride 26 is the first after ¥100: ¥3.20. Before
		// ride
		// 41 the card has spent 100 + 15 × 3.20 = ¥148.00, so ride 41 still costs ¥3.20
		// and
		// takes the month to ¥151.20; rides 42–44 cost ¥2.00. Month: 100.00 + 16 × 3.20 +
		// 3 × 2.00 = ¥157.20 (¥176.00 without the discount). The next month starts again
		// at
		// ¥4.00.
		long accountId = metroAccount("月度优惠");
		YearMonth month = YearMonth.now(this.clock).minusMonths(3);
		this.cards.topUp(accountId, Money.of("200.00"), at(month.atDay(1), 6), TopUpChannel.MACHINE);
		for (int ride = 0; ride < 44; ride++) {
			LocalDate day = month.atDay(1 + ride / 2);
			String from = (ride % 2 == 0) ? "andingmen" : "guomao";
			String to = (ride % 2 == 0) ? "guomao" : "andingmen";
			this.cards.recordTrip(accountId, from, at(day, (ride % 2 == 0) ? 8 : 18), to,
					at(day, (ride % 2 == 0) ? 9 : 19));
		}
		Money nextMonth = trip(accountId, "andingmen", "guomao", month.plusMonths(1).atDay(1));

		CardStatement statement = this.cards.forStaff(accountId, month, this.customers.counter(), AccessChannel.WEB);
		assertThat(statement.fareTotal()).isEqualTo(Money.of("157.20"));
		assertThat(statement.groups()).extracting((group) -> group.count() + " × " + group.fare())
			.containsExactly("3 × 2.00", "16 × 3.20", "25 × 4.00");
		List<CardStatement.Trip> trips = statement.trips();
		assertThat(trips.get(40)).satisfies((ride41) -> {
			assertThat(ride41.distanceFare()).isEqualTo(Money.of("4.00"));
			assertThat(ride41.spentBefore()).isEqualTo(Money.of("148.00"));
			assertThat(ride41.rate()).isEqualByComparingTo("0.8");
			assertThat(ride41.fare()).isEqualTo(Money.of("3.20"));
		});
		assertThat(trips.get(41).spentBefore()).isEqualTo(Money.of("151.20"));
		assertThat(trips.get(41).fare()).isEqualTo(Money.of("2.00"));
		assertThat(nextMonth).isEqualTo(Money.of("4.00"));
	}

	@Test
	void anOfficerDraftsDiscountsWithTheFaresAndThresholdsMustRise() throws Exception {
		var admin = signIn("admin1");
		LocalDate from = LocalDate.now(this.clock).plusYears(20).plusDays(this.fares.versions().size());
		java.util.function.BiFunction<String, String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> form = (
				secondFrom, secondPercent) -> post("/admin/metro/fares").session(admin)
					.with(csrf())
					.param("effectiveFrom", from.toString())
					.param("documentNumber", "京发改〔测试〕优惠")
					.param("documentDate", LocalDate.now(this.clock).toString())
					.param("bands[0].upToKm", "6")
					.param("bands[0].fare", "3")
					.param("extraStepKm", "20")
					.param("extraStepFare", "1")
					.param("discounts[0].fromSpent", "150")
					.param("discounts[0].percent", "50")
					.param("discounts[1].fromSpent", secondFrom)
					.param("discounts[1].percent", secondPercent);
		this.mvc.perform(form.apply("100", "80"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("优惠门槛需逐行递增")));
		this.mvc.perform(form.apply("400", "100")).andExpect(status().is3xxRedirection());
		FareVersionView draft = this.fares.versions()
			.stream()
			.filter((version) -> version.effectiveFrom().equals(from))
			.findFirst()
			.orElseThrow();
		assertThat(draft.discount().steps()).extracting((step) -> step.fromSpent() + "@" + step.percent())
			.containsExactly("150.00@50", "400.00@100");
	}

	@Test
	void aCustomerSeesOnlyTheirOwnCards() throws Exception {
		long other = metroAccount("别人的卡");
		String otherNumber = this.customers.accountNumber(other);
		var customer1 = signIn("customer1");
		this.mvc.perform(get("/my/metro/M1000000001").session(customer1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("310012345678")));
		this.mvc.perform(get("/my/metro/" + otherNumber).session(customer1)).andExpect(status().isNotFound());
		this.mvc.perform(get("/my/metro/E1000000001").session(customer1)).andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/accounts/" + other + "/metro-statement").with(httpBasic("customer1", DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
		long own = this.jdbc.sql("select id from service_account where account_number = 'M1000000001'")
			.query(Long.class)
			.single();
		this.mvc
			.perform(get("/api/v1/accounts/" + own + "/metro-statement")
				.param("month", YearMonth.now(this.clock).minusMonths(1).toString())
				.with(httpBasic("customer1", DEMO_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cardNumber").value("310012345678"))
			.andExpect(jsonPath("$.groups[0].trips[0].entry.code").exists());
	}

	@Test
	void everyStaffViewOfAStatementIsLogged() throws Exception {
		long accountId = metroAccount("查看对账单");
		long customerId = this.accounts.view(accountId).customerId();
		this.mvc.perform(get("/counter/metro/accounts/" + accountId).session(signIn("counter2")))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/accounts/" + accountId + "/metro-statement")
				.with(httpBasic("counter1", DEMO_PASSWORD)))
			.andExpect(status().isOk());
		assertThat(this.jdbc
			.sql("select staff_name || '|' || action || '|' || channel from access_log "
					+ "where customer_id = ? and detail like 'metro statement%' order by id")
			.param(customerId)
			.query(String.class)
			.list()).containsExactly("孙丽|VIEW|WEB", "王芳|VIEW|API");
		this.mvc.perform(get("/counter/metro/accounts/" + accountId).session(signIn("customer1")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anyoneReadsTheLinesTheFaresAndTheFareBetweenTwoStations() throws Exception {
		this.mvc.perform(get("/api/v1/metro/lines"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].nameEn", hasItem("Line 2 (loop)")))
			.andExpect(jsonPath("$[0].timetable[0].firstTrain").exists());
		this.mvc.perform(get("/api/v1/metro/fares"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inForce.table.bands[0].fare").value(3.00));
		this.mvc.perform(get("/api/v1/metro/fare").param("from", "pku-east-gate").param("to", "guomao"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.route.km").value(20.795))
			.andExpect(jsonPath("$.route.legs[0].lineCode").value("4"))
			.andExpect(jsonPath("$.route.legs[1].lineCode").value("1"))
			.andExpect(jsonPath("$.route.legs[1].from.code").value("xidan"))
			.andExpect(jsonPath("$.fare.amount").value(5.00));
		this.mvc.perform(get("/api/v1/metro/fare").param("from", "atlantis").param("to", "guomao"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/public/metro").param("from", "xidan").param("to", "guomao"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("7.173")));
		this.mvc.perform(get("/public/metro").param("from", "").param("to", "guomao"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
	}

	@Test
	void priceOfficersDraftFaresOnAPageAndAnotherPublishes() throws Exception {
		LocalDate from = LocalDate.now(this.clock).plusYears(8).plusDays(this.fares.versions().size());
		long before = this.jdbc.sql("select count(*) from metro_fare_version").query(Long.class).single();
		var admin1 = signIn("admin1");
		this.mvc.perform(get("/admin/metro/fares").session(admin1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("京发改〔2014〕2712号")));
		this.mvc
			.perform(post("/admin/metro/fares").session(admin1)
				.with(csrf())
				.param("effectiveFrom", from.toString())
				.param("documentNumber", "页面调价文件")
				.param("documentDate", LocalDate.now(this.clock).toString())
				.param("bands[0].upToKm", "10")
				.param("bands[0].fare", "3")
				.param("bands[1].upToKm", "8")
				.param("bands[1].fare", "4")
				.param("extraStepKm", "20")
				.param("extraStepFare", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("bands-error")));
		assertThat(this.jdbc.sql("select count(*) from metro_fare_version").query(Long.class).single())
			.isEqualTo(before);
		this.mvc
			.perform(post("/admin/metro/fares").session(admin1)
				.with(csrf())
				.param("effectiveFrom", from.toString())
				.param("documentNumber", "页面调价文件")
				.param("documentDate", LocalDate.now(this.clock).toString())
				.param("bands[0].upToKm", "10")
				.param("bands[0].fare", "3")
				.param("bands[1].upToKm", "20")
				.param("bands[1].fare", "4")
				.param("extraStepKm", "20")
				.param("extraStepFare", "1"))
			.andExpect(status().is3xxRedirection());
		long id = this.jdbc
			.sql("select id from metro_fare_version where document_number = '页面调价文件' and effective_from = ?")
			.param(from)
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/admin/metro/fares/" + id + "/publish").session(admin1).with(csrf()).param("version", "0"))
			.andExpect(flash().attribute("problem", "metro.fares.publish.ownDraft"));
		this.mvc
			.perform(post("/admin/metro/fares/" + id + "/publish").session(signIn("admin2"))
				.with(csrf())
				.param("version", "0"))
			.andExpect(flash().attribute("notice", "metro.fares.notice.published"));
		assertThat(this.fares.inForce(from).orElseThrow().table().fare(new BigDecimal("10")).amount())
			.isEqualTo(Money.of("3.00"));
	}

	private long metroAccount(String name) {
		ServiceAccountForm form = new ServiceAccountForm();
		form.setUtility(Utility.METRO);
		form.setTransitCardNumber("9" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L));
		return this.accounts.open(this.customers.open(name), form, this.customers.counter());
	}

	private Money trip(long accountId, String from, String to, LocalDate day) {
		return this.cards.recordTrip(accountId, from, at(day, 8), to, at(day, 9));
	}

	private Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
	}

	private TestPrincipal admin(String username) {
		return TestPrincipal.of(this.jdbc, username);
	}

}
