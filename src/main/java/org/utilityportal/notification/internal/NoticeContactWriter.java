package org.utilityportal.notification.internal;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Records or removes a person's notice addresses (one row per kind and person). */
@Component
@RequiredArgsConstructor
public class NoticeContactWriter {

	private final JdbcClient jdbc;

	public void save(long userId, String email, String mobile) {
		if (email == null) {
			this.jdbc.sql("delete from notification_email where user_id = ?").param(userId).update();
		}
		else {
			this.jdbc.sql("""
					insert into notification_email (user_id, email) values (?, ?)
					on conflict (user_id) do update set email = excluded.email
					""").params(userId, email).update();
		}
		if (mobile == null) {
			this.jdbc.sql("delete from notification_mobile where user_id = ?").param(userId).update();
		}
		else {
			this.jdbc.sql("""
					insert into notification_mobile (user_id, mobile) values (?, ?)
					on conflict (user_id) do update set mobile = excluded.mobile
					""").params(userId, mobile).update();
		}
	}

}
