package org.utilityportal.casework;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.casework.internal.generator.CaseDataGenerator;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic cases of the benchmarks are cases the portal could have made: registered
 * over two years, each closed one replied to and visited, escalations matching the tiers,
 * the history starting with the registration, nothing due for the escalation scan at the
 * moment they were made, 12345 cases with their ticket, and the daily figures counting
 * them.
 */
class CaseDataGeneratorIT extends IntegrationTest {

	@Autowired
	private CaseDataGenerator generator;

	@Autowired
	private EscalationScan scan;

	@Test
	void generatedCasesAreConsistentAndNothingIsDueWhenTheyAreMade() {
		long before = count("select coalesce(max(id), 0) from service_case");
		this.scan.run();
		long counted = count("select coalesce(sum(registered), 0) from case_daily_figures where dimension = 'ALL'");

		this.generator.generate(400, 7);

		String mine = " from service_case where id > " + before;
		assertThat(count("select count(*)" + mine)).isEqualTo(400);
		assertThat(count("select count(*)" + mine + " and next_check_at <= now()")).isZero();
		assertThat(count("select count(*)" + mine + " and registered_at < now() - interval '731 days'")).isZero();
		assertThat(count("select count(*)" + mine + " and status = 'CLOSED'")).isGreaterThan(200);
		assertThat(count("select count(*)" + mine + " and status = 'CLOSED' and (final_reply is null or not exists "
				+ "(select 1 from return_visit r where r.case_id = service_case.id))"))
			.isZero();
		assertThat(count("select count(*)" + mine + " and tier > 1 and not exists "
				+ "(select 1 from case_escalation e where e.case_id = service_case.id and e.tier = service_case.tier)"))
			.isZero();
		assertThat(count("select count(*)" + mine + " and (select kind from case_event e where e.case_id = "
				+ "service_case.id order by occurred_at, id limit 1) <> 'REGISTERED'"))
			.isZero();
		assertThat(count("select count(*)" + mine + " and (first_replied_at < registered_at "
				+ "or resolved_at < first_replied_at or closed_at < resolved_at)"))
			.isZero();
		assertThat(this.scan.run().casesRead()).as("nothing due right after generation").isZero();
		assertThat(count("select sum(registered) from case_daily_figures where dimension = 'ALL'") - counted)
			.as("the daily figures count the generated cases")
			.isEqualTo(400);
		assertThat(count("select count(*)" + mine + " and channel = 'GOV_12345' and platform_ticket is null")).isZero();
		assertThat(this.jdbc.sql("select max(registered_at) from service_case where id > ?")
			.param(before)
			.query(OffsetDateTime.class)
			.single()).isBefore(OffsetDateTime.now(this.clock).plusSeconds(1));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
