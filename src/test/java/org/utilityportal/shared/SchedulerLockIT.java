package org.utilityportal.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.utilityportal.identity.internal.RateLimitPurge;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scheduled job skips its turn while another instance holds its lock, and runs once the
 * lock is free, through the same database row every instance sees.
 */
class SchedulerLockIT extends IntegrationTest {

	private static final String JOB = "sign-in-purge";

	@Autowired
	private RateLimitPurge purge;

	@AfterEach
	void freeTheLock() {
		this.jdbc.sql("delete from shedlock where name = ?").param(JOB).update();
		this.jdbc.sql("delete from rate_limit_bucket where id = 'lock-test'").update();
	}

	@Test
	void aJobHeldByAnotherInstanceIsSkippedHere() {
		// A rate-limit bucket that has been full again for a long time.
		this.jdbc.sql("insert into rate_limit_bucket (id, state, expires_at) values ('lock-test', null, 0)").update();
		this.jdbc.sql("""
				insert into shedlock (name, lock_until, locked_at, locked_by)
				values (?, timezone('utc', now()) + interval '5 minutes', timezone('utc', now()), 'the-other-instance')
				""").param(JOB).update();

		this.purge.purgeExpired();
		assertThat(failures()).as("skipped while the other instance holds the job").isEqualTo(1);

		this.jdbc.sql("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' where name = ?")
			.param(JOB)
			.update();
		this.purge.purgeExpired();
		assertThat(failures()).as("run once the lock has expired").isZero();
		assertThat(
				this.jdbc.sql("select locked_by from shedlock where name = ?").param(JOB).query(String.class).single())
			.isNotEqualTo("the-other-instance");
	}

	private long failures() {
		return this.jdbc.sql("select count(*) from rate_limit_bucket where id = 'lock-test'")
			.query(Long.class)
			.single();
	}

}
