package org.utilityportal.casework.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.casework.CaseIntake;
import org.utilityportal.casework.Channel;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.support.IntegrationTest;
import org.utilityportal.support.TestIntakeForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person a unit names to answer an escalation tier (organisation units) is told at
 * that tier instead of the supervisors the organisation would give; a tier nobody names
 * still goes to those supervisors; a disabled contact is passed over.
 */
class TierContactRoutingIT extends IntegrationTest {

	@Autowired
	private CaseIntake intake;

	@Autowired
	private CaseRepository cases;

	@Autowired
	private CaseRouting routing;

	@Test
	void theContactNamedAboveTheTeamAnswersItsTierAndTheOthersKeepTheOrganisationsSupervisors() {
		String number = this.intake.registerByStaff(
				TestIntakeForms.complaint(this.clock, Channel.HOTLINE, Utility.WATER, "按分级联系人通知"),
				this.customers.counter());
		ServiceCase c = this.cases.findByNumber(number).orElseThrow();
		long admin = userId("admin1");
		Set<Long> handlers = this.routing.handlers(c);
		Set<Long> byOrganisation = this.routing.recipients(c, 2);
		assertThat(byOrganisation).as("tier 2 named by nobody: the supervisors the organisation gives")
			.hasSizeGreaterThan(handlers.size())
			.doesNotContain(admin);

		Long parent = this.jdbc.sql("select parent_id from org_unit where id = ?")
			.param(c.getResponsibleUnitId())
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into org_unit_tier_contact (org_unit_id, tier, user_id) values (?, 2, ?)")
			.params(parent, admin)
			.update();
		try {
			Set<Long> named = new LinkedHashSet<>(handlers);
			named.add(admin);
			assertThat(this.routing.recipients(c, 2)).as("tier 2: the contact named above the team, no supervisors")
				.containsExactlyInAnyOrderElementsOf(named);
			assertThat(this.routing.recipients(c, 3)).as("tier 3 named by nobody: the centre's supervisors as well")
				.contains(admin)
				.hasSizeGreaterThan(named.size());

			this.jdbc.sql("update user_account set enabled = false where id = ?").param(admin).update();
			assertThat(this.routing.recipients(c, 2)).as("a disabled contact is passed over")
				.containsExactlyInAnyOrderElementsOf(byOrganisation);
		}
		finally {
			this.jdbc.sql("update user_account set enabled = true where id = ?").param(admin).update();
			this.jdbc.sql("delete from org_unit_tier_contact where org_unit_id = ? and tier = 2")
				.param(parent)
				.update();
		}
	}

	private long userId(String username) {
		return this.jdbc.sql("select id from user_account where username = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

}
