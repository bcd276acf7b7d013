package org.utilityportal.dataimport;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
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
 * again adds nothing.
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
	void aCounterClerkCannotOpenTheImport() throws Exception {
		this.mvc.perform(get("/admin/imports").session(signIn("counter1"))).andExpect(status().isForbidden());
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
