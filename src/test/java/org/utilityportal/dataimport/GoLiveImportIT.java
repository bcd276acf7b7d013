package org.utilityportal.dataimport;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The go-live import through the administrators' pages: a GBK file with bad rows is
 * rejected row by row with translated messages and imports nothing; the corrected file
 * imports customers, accounts, opening readings and balances in one go; the same file
 * again adds nothing. The year-to-date consumption of annual steps is checked row by row
 * and starts the first bill's steps.
 */
class GoLiveImportIT extends IntegrationTest {

	private static final Charset GBK = Charset.forName("GBK");

	@Test
	void aDryRunRejectsEachBadRowWithItsFieldAndImportsNothing() throws Exception {
		MockHttpSession admin = signIn("admin1");
		String id = LegacyFiles.residentId();
		String u = LegacyFiles.unique();
		String badId = id.substring(0, 17) + ((id.charAt(17) == '1') ? '2' : '1');
		long customersBefore = count("customer");
		long run = upload(admin,
				LegacyFiles.file(GBK,
						List.of("王小二,居民,身份证," + id + ",13800138000,北京市东城区和平里街道 1 号,电力,L" + u + "A,北京市东城区和平里街道 1 号,DB"
								+ u + "A,居民,月,2020-01-01,2026-10-31,1234.5,,",
								"王小二,居民,身份证," + badId + ",13800138000,北京市东城区和平里街道 1 号,电力,L" + u + "B,同上,DB" + u
										+ "B,居民,月,2020-01-01,2026-10-31,10,,",
								"王小二,居民,身份证," + id + ",13800138000,北京市东城区和平里街道 1 号,供水,L" + u + "C,同上,SB" + u
										+ "C,居民,季,2026-11-01,2026-10-31,10,,",
								"王小二,居民,身份证," + id + ",13800138000,北京市东城区和平里街道 1 号,电力,L" + u + "A,同上,DB" + u
										+ "D,居民,月,2020-01-01,2026-10-31,10,,",
								"王小二,居民,身份证," + id + ",13800138000,北京市东城区和平里街道 1 号,燃气,L" + u + "E,同上,QB" + u
										+ "E,农业,月,2020-01-01,2026-10-31,10,,")),
				"AUTO");
		assertThat(this.jdbc.sql("select charset from import_run where id = ?").param(run).query(String.class).single())
			.isEqualTo("GBK");
		assertThat(fieldsRejected(run)).containsExactly("3:id_number", "4:reading_date", "5:legacy_account",
				"6:tariff_category");
		String page = this.mvc.perform(get("/admin/imports/" + run).session(admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("抄表日期 2026-10-31 早于开户日期 2026-11-01");
		String csv = this.mvc.perform(get("/admin/imports/" + run + "/rejections.csv").session(admin))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(1).toList()).hasSize(4);
		assertThat(this.jdbc.sql("select action from access_log where detail like ? order by id")
			.param("go-live import " + run + ":%")
			.query(String.class)
			.list()).containsExactly("VIEW", "EXPORT");
		assertThat(csv).contains("原户号 L" + u + "A 在文件中重复（第 2 行已有）");
		this.mvc.perform(
				post("/admin/imports/" + run + "/import").param("version", version(run)).session(admin).with(csrf()));
		assertThat(statusOf(run)).isEqualTo("CHECKED");
		assertThat(count("customer")).isEqualTo(customersBefore);
	}

	@Test
	void aCleanFileImportsWholeAndASecondRunAddsNothing() throws Exception {
		MockHttpSession admin = signIn("admin1");
		String id = LegacyFiles.residentId();
		String u = LegacyFiles.unique();
		byte[] file = LegacyFiles.file(StandardCharsets.UTF_8,
				List.of("李四,居民,身份证," + id + ",13900139000,北京市西城区新街口外大街 8 号,电力,L" + u + "A,北京市西城区新街口外大街 8 号,DB" + u
						+ "A,居民,月,2019-05-01,2026-10-31,\"1,520.25\",300.00,2026-08-25",
						"李四,居民,身份证," + id + ",13900139000,北京市西城区新街口外大街 8 号,供水,L" + u + "B,北京市西城区新街口外大街 8 号,SB" + u
								+ "B,居民,季,2019-05-01,2026-10-31,88,-12.50,"));
		long first = upload(admin, file, "UTF-8");
		assertThat(statusOf(first)).isEqualTo("CHECKED");
		this.mvc
			.perform(post("/admin/imports/" + first + "/import").param("version", version(first))
				.session(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		awaitDone(first);
		assertThat(statusOf(first)).isEqualTo("IMPORTED");
		assertThat(this.jdbc.sql(
				"select customers_added || '/' || accounts_added || '/' || readings_added || '/' || balances_added from import_run where id = ?")
			.param(first)
			.query(String.class)
			.single()).isEqualTo("1/2/2/2");
		long accountId = this.jdbc.sql("select id from service_account where legacy_number = ?")
			.param("L" + u + "A")
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("select total from meter_reading where account_id = ?")
			.param(accountId)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("1520.25");
		assertThat(this.jdbc.sql("select balance from account_balance where account_id = ?")
			.param(accountId)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("300.00");
		String desk = this.mvc.perform(get("/counter/accounts/" + accountId + "/billing").session(signIn("counter1")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(desk).contains("原系统结转的期初余额").contains("欠费 ¥300.00（自 2026-08-25 起未缴）");

		long second = upload(admin, file, "AUTO");
		assertThat(statusOf(second)).isEqualTo("CHECKED");
		this.mvc.perform(post("/admin/imports/" + second + "/import").param("version", version(second))
			.session(admin)
			.with(csrf()));
		awaitDone(second);
		assertThat(this.jdbc.sql(
				"select customers_added + accounts_added + readings_added + balances_added from import_run where id = ?")
			.param(second)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from service_account where legacy_number like ?")
			.param("L" + u + "%")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void anImportedYearToDateStartsTheFirstBillInTheSecondAnnualStep() throws Exception {
		// The first bill must start in the year the figure counts toward: not in January.
		YearMonth month = YearMonth.now(this.clock).minusMonths(1);
		if (month.getMonthValue() == 1) {
			month = month.minusMonths(1);
		}
		LocalDate readOn = month.atDay(1).minusDays(1);
		String u = LegacyFiles.unique();
		MockHttpSession admin = signIn("admin1");
		long run = upload(admin, LegacyFiles.file(StandardCharsets.UTF_8, LegacyFiles.HEADER_WITH_YEAR_TO_DATE,
				List.of(yearToDateRow(LegacyFiles.residentId(), u + "A", readOn, "\"2,800\"", ""))), "UTF-8");
		assertThat(statusOf(run)).isEqualTo("CHECKED");
		this.mvc.perform(
				post("/admin/imports/" + run + "/import").param("version", version(run)).session(admin).with(csrf()));
		awaitDone(run);
		assertThat(statusOf(run)).isEqualTo("IMPORTED");
		long accountId = this.jdbc.sql("select id from service_account where legacy_number = ?")
			.param("L" + u + "A")
			.query(Long.class)
			.single();
		String desk = this.mvc.perform(get("/counter/accounts/" + accountId + "/billing").session(signIn("counter1")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(desk).contains("原系统本年累计用量 2800 千瓦时（截至 " + readOn + "），计入 " + readOn.getYear() + " 年度阶梯");
		this.testBills.reading(accountId, month.atEndOfMonth(), new BigDecimal("1200"));
		this.testBills.bill(month);

		// Beijing's annual steps (2,880 kWh at 0.4883, to 4,800 at 0.5383): 2,800 kWh
		// used this year before the opening reading, 200 kWh in the first month: 80 ×
		// 0.4883 = 39.064 → 39.06 in step 1, 120 × 0.5383 = 64.596 → 64.60 in step 2.
		// Total 103.66, and the year has used 3,000 kWh.
		assertThat(this.jdbc
			.sql("select l.step || ':' || trim_scale(l.quantity) || 'x' || trim_scale(l.unit_price) || '=' || l.amount"
					+ " from bill_line l join bill b on b.id = l.bill_id where b.account_id = ? order by l.line_no")
			.param(accountId)
			.query(String.class)
			.list()).containsExactly("1:80x0.4883=39.06", "2:120x0.5383=64.60");
		assertThat(this.jdbc.sql("select charges || '/' || trim_scale(year_consumption) from bill where account_id = ?")
			.param(accountId)
			.query(String.class)
			.single()).isEqualTo("103.66/3000");
	}

	@Test
	void aDryRunRejectsAYearToDateThatIsNotANumberOrCountsPastTheOpeningReadingOrIntoAnotherYear() throws Exception {
		MockHttpSession admin = signIn("admin1");
		LocalDate readOn = LocalDate.now(this.clock).withDayOfMonth(1).minusDays(1);
		String u = LegacyFiles.unique();
		String id = LegacyFiles.residentId();
		long before = count("opening_year_consumption");
		long run = upload(admin,
				LegacyFiles.file(GBK, LegacyFiles.HEADER_WITH_YEAR_TO_DATE,
						List.of(yearToDateRow(id, u + "A", readOn, "-5", ""),
								yearToDateRow(id, u + "B", readOn, "120", readOn.plusDays(1).toString()),
								yearToDateRow(id, u + "C", readOn, "120", readOn.minusYears(1).toString()),
								yearToDateRow(id, u + "D", readOn, "", readOn.toString()),
								yearToDateRow(id, u + "E", readOn, "1000.5", ""))),
				"GBK");
		assertThat(fieldsRejected(run)).containsExactly("2:year_to_date", "3:year_to_date_until",
				"4:year_to_date_until", "5:year_to_date");
		String page = this.mvc.perform(get("/admin/imports/" + run).session(admin))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("本年累计用量“-5”不正确")
			.contains("累计截止日期 " + readOn.plusDays(1) + " 晚于期初抄表日期 " + readOn)
			.contains("不在期初抄表所在的 " + readOn.getYear() + " 年度");
		this.mvc.perform(
				post("/admin/imports/" + run + "/import").param("version", version(run)).session(admin).with(csrf()));
		assertThat(statusOf(run)).isEqualTo("CHECKED");
		assertThat(count("opening_year_consumption")).isEqualTo(before);
	}

	@Test
	void aCounterClerkCannotOpenTheImport() throws Exception {
		this.mvc.perform(get("/admin/imports").session(signIn("counter1"))).andExpect(status().isForbidden());
	}

	/**
	 * A residential electricity account opened in 2020 whose opening reading of 1,000 kWh
	 * was taken on {@code readOn}, with its year-to-date columns.
	 */
	private static String yearToDateRow(String id, String suffix, LocalDate readOn, String yearToDate, String until) {
		return "赵年累,居民,身份证," + id + ",13700137000,北京市海淀区学院路 1 号,电力,L" + suffix + ",北京市海淀区学院路 1 号,DB" + suffix
				+ ",居民,月,2020-01-01," + readOn + ",1000,,," + yearToDate + "," + until;
	}

	private long upload(MockHttpSession admin, byte[] content, String charset) throws Exception {
		String location = this.mvc
			.perform(multipart("/admin/imports").file(new MockMultipartFile("file", "legacy.csv", "text/csv", content))
				.param("charset", charset)
				.session(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long run = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		awaitDone(run);
		return run;
	}

	private void awaitDone(long run) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (List.of("CHECKING", "IMPORTING").contains(statusOf(run)) && System.nanoTime() < until) {
			Thread.sleep(50);
		}
	}

	private String statusOf(long run) {
		return this.jdbc.sql("select status from import_run where id = ?").param(run).query(String.class).single();
	}

	private String version(long run) {
		return this.jdbc.sql("select version from import_run where id = ?").param(run).query(String.class).single();
	}

	private List<String> fieldsRejected(long run) {
		return this.jdbc
			.sql("select line_number || ':' || field from import_rejection where run_id = ? order by line_number")
			.param(run)
			.query(String.class)
			.list();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
