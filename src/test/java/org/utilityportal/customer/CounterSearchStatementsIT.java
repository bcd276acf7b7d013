package org.utilityportal.customer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.context.support.ServletRequestHandledEvent;
import org.utilityportal.support.PortalHttp;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a counter search costs the database (issue 16: the search had become twice as slow
 * as at 2e0ab2d). A page view reads the session once and writes nothing to it; the search
 * and its access-log record are one transaction, so one commit waits for the disk, as
 * before sessions moved to PostgreSQL.
 */
class CounterSearchStatementsIT extends IntegrationTest {

	@Autowired
	private ApplicationEventMulticaster events;

	@Test
	void aSearchReadsTheSessionOnceAndCommitsOnce() throws Exception {
		MockHttpSession session = signIn("counter1");
		String search = "/counter/customers?q=13812345678";
		this.mvc.perform(get(search).session(session)).andExpect(status().isOk());
		long logged = searchesLogged();

		StatementCounter.resetTimed();
		this.mvc.perform(get(search).session(session)).andExpect(status().isOk());
		long commits = StatementCounter.commits();
		List<String> statements = StatementCounter.timed();

		assertThat(statements).as("the session's statements").filteredOn(this::namesTheSession).hasSize(1);
		assertThat(statements).as("the search by mobile and identity tail, the hits, the log")
			.filteredOn((statement) -> !namesTheSession(statement) && !statement.contains("commit"))
			.hasSize(5);
		assertThat(commits).as("transactions committed").isEqualTo(1);
		assertThat(searchesLogged()).as("the search is still logged").isEqualTo(logged + 1);
	}

	@Test
	void theCustomerPageReadsTheSessionOnceAndCommitsOnce() throws Exception {
		MockHttpSession session = signIn("counter1");
		long customerId = this.customers.open("会话一次");
		this.mvc.perform(get("/counter/customers/" + customerId).session(session)).andExpect(status().isOk());

		StatementCounter.resetTimed();
		this.mvc.perform(get("/counter/customers/" + customerId).session(session)).andExpect(status().isOk());
		long commits = StatementCounter.commits();

		assertThat(StatementCounter.timed()).filteredOn(this::namesTheSession).hasSize(1);
		assertThat(commits).isEqualTo(1);
	}

	@Test
	void aPageViewOverHttpIsWholeAndPublishesNoRequestHandledEvent() {
		List<ServletRequestHandledEvent> published = new CopyOnWriteArrayList<>();
		ApplicationListener<ApplicationEvent> listener = (event) -> {
			if (event instanceof ServletRequestHandledEvent handled) {
				published.add(handled);
			}
		};
		this.events.addApplicationListener(listener);
		try {
			PortalHttp clerk = new PortalHttp(this.port).signIn("counter1", DEMO_PASSWORD);
			PortalHttp.Page page = clerk.get("/counter/customers?q=13812345678", "zh-CN");

			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).contains("id=\"search-summary\"").contains("</html>");
			assertThat(published).as("nothing listens to them; publishing cost 2% of a search").isEmpty();
		}
		finally {
			this.events.removeApplicationListener(listener);
		}
	}

	/**
	 * Spring Session's statements (the timed list keeps the first 90 characters of each,
	 * which name the session's columns).
	 */
	private boolean namesTheSession(String statement) {
		String upper = statement.toUpperCase(java.util.Locale.ROOT);
		return upper.contains("SPRING_SESSION") || upper.contains("SESSION_ID");
	}

	private long searchesLogged() {
		return this.jdbc.sql("select count(*) from access_log where action = 'SEARCH' and detail like '13812345678%'")
			.query(Long.class)
			.single();
	}

}
