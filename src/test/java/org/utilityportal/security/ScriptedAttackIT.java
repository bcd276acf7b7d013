package org.utilityportal.security;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.PortalHttp;
import org.utilityportal.support.PortalHttp.Page;
import org.utilityportal.support.TextMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks of issue 13's "Why", scripted as an attacker would run them against the
 * real server (through the TLS proxy's {@code X-Forwarded-For}, as in production): they
 * fail, and the real people still get in from their own addresses meanwhile.
 */
class ScriptedAttackIT extends IntegrationTest {

	private static final String ATTACKER = "203.0.113.66";

	@Test
	void guessingAnAdministratorsPasswordOverHttpBasicIsSlowedAndLocksNobodyOut() {
		PortalHttp attacker = new PortalHttp(this.port).from(ATTACKER);
		List<Integer> answers = new ArrayList<>();
		for (int guess = 0; guess < 100; guess++) {
			answers.add(attacker.getJson("/api/v1/me", "admin1", "Guess#" + guess).status());
		}
		assertThat(answers.stream().filter((status) -> status == 401).count())
			.as("passwords actually checked for the attacker")
			.isEqualTo(5);
		assertThat(answers.stream().filter((status) -> status == 429).count()).isEqualTo(95);

		Page realAdmin = new PortalHttp(this.port).from("198.51.100.7").trySignIn("admin1", DEMO_PASSWORD);
		assertThat(realAdmin.location()).as("the real administrator signs in from the office").endsWith("/home");
		assertThat(
				new PortalHttp(this.port).from("198.51.100.8").getJson("/api/v1/me", "admin1", DEMO_PASSWORD).status())
			.isEqualTo(200);
	}

	@Test
	void sprayingOnePasswordOverManyNamesIsSlowedAfterFiveNames() {
		PortalHttp attacker = new PortalHttp(this.port).from(ATTACKER);
		List<String> names = new ArrayList<>(List.of("admin1", "admin2", "counter1", "counter2", "supervisor1",
				"supervisor2", "leader1", "customer1", "customer2"));
		IntStream.range(0, 21).forEach((index) -> names.add("user" + index));
		List<String> outcomes = names.stream()
			.map((name) -> attacker.trySignIn(name, "Spring2026!").location())
			.map((location) -> location.substring(location.indexOf("error=") + 6))
			.map((error) -> error.startsWith("wait") ? "wait" : error)
			.toList();
		assertThat(outcomes.subList(0, 5)).containsOnly("bad");
		assertThat(outcomes.subList(5, outcomes.size())).containsOnly("wait");

		assertThat(new PortalHttp(this.port).from("198.51.100.9").trySignIn("customer1", DEMO_PASSWORD).location())
			.endsWith("/home");
	}

	@Test
	void guessingRegistrationCodesFromManyAddressesNeverRegistersAndTheRealCustomerSignsInMeanwhile() {
		long customerId = this.customers.open("注册攻击");
		String number = this.customers.accountNumber(this.customers.openElectricity(customerId));
		String mobile = this.customers.firstMobile(customerId);

		int checked = 0;
		int refused = 0;
		for (int round = 0; round < 10; round++) {
			PortalHttp attacker = new PortalHttp(this.port).from("203.0.113." + (100 + round));
			Page asked = askForCode(attacker, number);
			if (!asked.location().endsWith("/register/code")) {
				refused += 10;
				continue;
			}
			String csrf = PortalHttp.csrfToken(attacker.get("/register/code", "zh-CN"));
			for (int guess = 0; guess < 10; guess++) {
				Page answer = attacker.postForm("/register/code",
						"code=%06d&username=robber%d%d&password=Zz9Stolen2026&confirmPassword=Zz9Stolen2026&_csrf=%s"
							.formatted(round * 10 + guess, round, guess, csrf));
				if (answer.body().contains("验证码不正确或已失效")) {
					checked++;
				}
				else {
					assertThat(answer.body()).contains("尝试次数过多");
					refused++;
				}
			}
		}
		assertThat(checked).as("codes actually compared, over ten addresses").isEqualTo(10);
		assertThat(refused).isEqualTo(90);
		assertThat(TextMessages.count(this.jdbc, mobile)).as("texts the attack made us send").isEqualTo(3);
		assertThat(this.jdbc.sql("select count(*) from user_account where customer_id = ?")
			.param(customerId)
			.query(Long.class)
			.single()).isZero();

		assertThat(new PortalHttp(this.port).from("198.51.100.10").trySignIn("customer2", DEMO_PASSWORD).location())
			.endsWith("/home");
	}

	private static Page askForCode(PortalHttp visitor, String accountNumber) {
		String csrf = PortalHttp.csrfToken(visitor.get("/register", "zh-CN"));
		return visitor.postForm("/register", "accountNumber=" + accountNumber + "&_csrf=" + csrf);
	}

}
