package org.utilityportal.audit.internal;

import java.time.OffsetDateTime;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;

/** Appends to the access log; nothing in it is ever updated or deleted. */
@Component
@RequiredArgsConstructor
public class AccessLogWriter {

	private final JdbcClient jdbc;

	/** Records one access. */
	public void insert(OffsetDateTime at, long staffId, String staffName, String workNumber, AccessAction action,
			AccessChannel channel, Long customerId, String field, String detail) {
		this.jdbc.sql("""
				insert into access_log (occurred_at, staff_id, staff_name, work_number, action, channel,
				    customer_id, field, detail)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(at, staffId, staffName, workNumber, action.name(), channel.name(), customerId, field, detail)
			.update();
	}

}
