package org.utilityportal.notification;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.notification.internal.OutboxTexts;
import org.utilityportal.notification.internal.OutboxWriter;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Contact details for notices: a customer records an e-mail address and a mobile number;
 * the next notice to them goes to the mail outbox and the SMS outbox, and the SMS outbox
 * is sent through the gateway; a mobile number that is not one is refused next to the
 * field and nothing changes.
 */
class NoticeContactsIT extends IntegrationTest {

	@Autowired
	private Notifications notifications;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void aNoticeReachesTheAddressesTheCustomerRecorded() throws Exception {
		MockHttpSession customer = signIn("customer2");
		long id = this.jdbc.sql("select id from user_account where username = 'customer2'").query(Long.class).single();
		this.mvc
			.perform(post("/account/notices").param("email", "lina@example.invalid")
				.param("mobile", "13912345678")
				.session(customer)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.notifications.send(List.of(id), "case.notice.registered", List.of("C0000000001", "联系方式测试"), null,
				"contact-test-" + System.nanoTime());
		assertThat(this.jdbc.sql("select count(*) from mail_outbox where recipient = 'lina@example.invalid'")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select body from sms_outbox where recipient = '13912345678'")
			.query(String.class)
			.single()).contains("联系方式测试");

		List<String> received = new CopyOnWriteArrayList<>();
		HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		gateway.createContext("/sms", (exchange) -> {
			received.add(exchange.getRequestHeaders().getFirst("Authorization") + " "
					+ new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(202, -1);
			exchange.close();
		});
		gateway.start();
		try {
			OutboxTexts texts = new OutboxTexts(new OutboxWriter(this.jdbc), this.transactions, this.clock,
					URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms"), "secret");
			assertThat(texts.drain()).isPositive();
		}
		finally {
			gateway.stop(0);
		}
		assertThat(received).anyMatch((request) -> request.startsWith("Bearer secret")
				&& request.contains("\"to\":\"13912345678\"") && request.contains("联系方式测试"));
		assertThat(this.jdbc.sql("select count(*) from sms_outbox where recipient = '13912345678' and sent_at is null")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aMobileNumberThatIsNotOneIsRefusedNextToTheField() throws Exception {
		MockHttpSession customer = signIn("customer1");
		this.mvc
			.perform(
					post("/account/notices").param("email", "").param("mobile", "12345").session(customer).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("contactForm", "mobile"));
		assertThat(this.jdbc
			.sql("select count(*) from notification_mobile m join user_account u on u.id = m.user_id "
					+ "where u.username = 'customer1'")
			.query(Long.class)
			.single()).isZero();
	}

}
