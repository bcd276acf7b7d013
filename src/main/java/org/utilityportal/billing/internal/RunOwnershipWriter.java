package org.utilityportal.billing.internal;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.shared.time.InstanceName;

/**
 * Which instance runs a billing run, and whether it is still alive. The instance running
 * a run writes a heartbeat every few seconds; a run marked started whose heartbeat is
 * older than {@code portal.billing.heartbeat-timeout} has lost its instance and may be
 * claimed by another one. Claiming is one conditional update, so of two instances trying
 * at once exactly one gets the run. Heartbeats are taken on the database's clock, which
 * every instance shares, so their own clocks do not matter.
 */
@Component
@RequiredArgsConstructor
public class RunOwnershipWriter {

	private final JdbcClient jdbc;

	@Value("${portal.billing.heartbeat-timeout:60s}")
	private Duration timeout;

	/** How long a heartbeat stays fresh. */
	public Duration timeout() {
		return this.timeout;
	}

	/** Marks a new run as this instance's. */
	public void own(long runId) {
		this.jdbc.sql("update billing_run set instance = ?, heartbeat_at = now() where id = ?")
			.params(InstanceName.get(), runId)
			.update();
	}

	/** Tells the other instances that this one is still running these runs. */
	public void beat(Collection<Long> runIds) {
		if (!runIds.isEmpty()) {
			this.jdbc.sql("update billing_run set heartbeat_at = now() where instance = :me and id in (:ids)")
				.param("me", InstanceName.get())
				.param("ids", runIds)
				.update();
		}
	}

	/**
	 * Takes a run that is not running anywhere (failed, or started by an instance whose
	 * heartbeat stopped) for this instance.
	 * @return the instance it was taken from ({@code ""} when it ran nowhere), or empty
	 * when it is alive on an instance or already completed
	 */
	public Optional<String> claim(long runId) {
		return this.jdbc
			.sql("""
					with previous as (select id, instance from billing_run where id = :id for update)
					update billing_run r
					set instance = :me, heartbeat_at = now(),
					    taken_over_from = case when r.status = 'STARTED' then previous.instance else r.taken_over_from end,
					    taken_over_at = case when r.status = 'STARTED' then now() else r.taken_over_at end
					from previous
					where r.id = previous.id
					  and (r.status = 'FAILED'
					       or (r.status = 'STARTED' and (r.heartbeat_at is null or r.heartbeat_at < now() - :timeout * interval '1 second')))
					returning coalesce(previous.instance, '')
					""")
			.param("id", runId)
			.param("me", InstanceName.get())
			.param("timeout", this.timeout.toSeconds())
			.query(String.class)
			.optional();
	}

	/** Runs marked started whose instance stopped beating, oldest first. */
	public List<Long> abandoned() {
		return this.jdbc.sql("""
				select id from billing_run
				where status = 'STARTED' and (heartbeat_at is null or heartbeat_at < now() - ? * interval '1 second')
				order by id
				""").param(this.timeout.toSeconds()).query(Long.class).list();
	}

}
