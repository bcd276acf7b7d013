package org.utilityportal.notice.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.notice.NoticeArea;
import org.utilityportal.notice.NoticeKind;
import org.utilityportal.notice.NoticeStatus;
import org.utilityportal.notice.NoticeView;
import org.utilityportal.shared.domain.Utility;

/**
 * Notices as pages and the API list them, with their areas (one statement for the
 * notices, one for their areas). Changes go through the {@link Notice} aggregate.
 */
@Component
@RequiredArgsConstructor
public class NoticeQueries {

	private static final String COLUMNS = """
			n.id, n.utility, n.kind, n.title_zh, n.title_en, n.body_zh, n.body_en, n.metro_lines, n.starts_at,
			n.ends_at, n.status, n.replaces_id, n.written_by, n.written_at, n.published_by, n.published_at,
			n.withdrawn_by, n.withdrawn_at, n.withdraw_reason, n.version""";

	private final JdbcClient jdbc;

	public Optional<NoticeView> find(long id) {
		return withAreas(this.jdbc.sql("select " + COLUMNS + " from notice n where n.id = ?")
			.param(id)
			.query(NoticeQueries::notice)
			.list()).stream().findFirst();
	}

	/** The newest notices in any state, for the administration. */
	public List<NoticeView> newest(Utility utility, NoticeStatus status, int limit) {
		return withAreas(this.jdbc.sql("select " + COLUMNS + """
				 from notice n
				where (cast(? as varchar) is null or n.utility = ?) and (cast(? as varchar) is null or n.status = ?)
				order by n.written_at desc, n.id desc limit ?
				""")
			.params(name(utility), name(utility), name(status), name(status), limit)
			.query(NoticeQueries::notice)
			.list());
	}

	/**
	 * Published notices that have not ended at {@code now}, by start. With an area key,
	 * only notices of an area that contains it or lies within it (metro notices cover the
	 * whole network and are always included).
	 */
	public List<NoticeView> published(Utility utility, String areaKey, Instant now, int limit) {
		String area = (areaKey == null || areaKey.isEmpty()) ? null : areaKey;
		return withAreas(this.jdbc.sql("select " + COLUMNS + """
				 from notice n
				where n.status = 'PUBLISHED' and n.ends_at > ?
				  and (cast(? as varchar) is null or n.utility = ?)
				  and (cast(? as text) is null or n.utility = 'METRO' or exists (
				      select 1 from notice_area a where a.notice_id = n.id
				        and (starts_with(?, a.address_prefix) or starts_with(a.address_prefix, ?))))
				order by n.starts_at, n.id limit ?
				""")
			.params(utc(now), name(utility), name(utility), area, area, area, limit)
			.query(NoticeQueries::notice)
			.list());
	}

	/**
	 * Published notices not ended at {@code now} that affect one of the given open
	 * accounts (of one customer): an area prefix the account's address key starts with,
	 * or any metro notice for a metro account. One statement, the accounts passed as
	 * arrays.
	 * @return notice id to the affected account numbers, in the notices' order
	 */
	public Map<Long, List<String>> affecting(List<ServiceAccountView> accounts, Instant now) {
		Map<Long, List<String>> affected = new LinkedHashMap<>();
		if (accounts.isEmpty()) {
			return affected;
		}
		this.jdbc.sql("""
				select n.id, array_agg(s.account_number order by s.account_number) as accounts
				from unnest(?::varchar[], ?::varchar[], ?::text[]) as s(account_number, utility, address)
				join notice n on n.utility = s.utility and n.status = 'PUBLISHED' and n.ends_at > ?
				where s.utility = 'METRO' or exists (
				      select 1 from notice_area a where a.notice_id = n.id
				        and starts_with(portal_address_key(s.address), a.address_prefix))
				group by n.id, n.starts_at
				order by n.starts_at, n.id
				""")
			.params(accounts.stream().map(ServiceAccountView::accountNumber).toArray(String[]::new),
					accounts.stream().map((account) -> account.utility().name()).toArray(String[]::new),
					accounts.stream().map(ServiceAccountView::serviceAddress).toArray(String[]::new), utc(now))
			.query((row) -> {
				affected.put(row.getLong("id"), Arrays.asList((String[]) row.getArray("accounts").getArray()));
			});
		return affected;
	}

	public List<NoticeView> byIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return withAreas(this.jdbc.sql("select " + COLUMNS + " from notice n where n.id = any(?::bigint[])")
			.param(ids.toArray(Long[]::new))
			.query(NoticeQueries::notice)
			.list());
	}

	private List<NoticeView> withAreas(List<NoticeView> notices) {
		if (notices.isEmpty()) {
			return notices;
		}
		Map<Long, List<NoticeArea>> areas = new HashMap<>();
		this.jdbc.sql("""
				select notice_id, district, locality, address_prefix from notice_area
				where notice_id = any(?::bigint[]) order by notice_id, position
				""").param(notices.stream().map(NoticeView::id).toArray(Long[]::new)).query((row) -> {
			areas.computeIfAbsent(row.getLong("notice_id"), (id) -> new ArrayList<>())
				.add(new NoticeArea(row.getString("district"), row.getString("locality"),
						row.getString("address_prefix")));
		});
		return notices.stream()
			.map((n) -> new NoticeView(n.id(), n.utility(), n.kind(), n.titleZh(), n.titleEn(), n.bodyZh(), n.bodyEn(),
					List.copyOf(areas.getOrDefault(n.id(), List.of())), n.metroLines(), n.startsAt(), n.endsAt(),
					n.status(), n.replacesId(), n.writtenBy(), n.writtenAt(), n.publishedBy(), n.publishedAt(),
					n.withdrawnBy(), n.withdrawnAt(), n.withdrawReason(), n.version()))
			.toList();
	}

	private static NoticeView notice(ResultSet row, int index) throws SQLException {
		Long replaces = row.getObject("replaces_id", Long.class);
		return new NoticeView(row.getLong("id"), Utility.valueOf(row.getString("utility")),
				NoticeKind.valueOf(row.getString("kind")), row.getString("title_zh"), row.getString("title_en"),
				row.getString("body_zh"), row.getString("body_en"), List.of(), row.getString("metro_lines"),
				instant(row, "starts_at"), instant(row, "ends_at"), NoticeStatus.valueOf(row.getString("status")),
				replaces, row.getString("written_by"), instant(row, "written_at"), row.getString("published_by"),
				instant(row, "published_at"), row.getString("withdrawn_by"), instant(row, "withdrawn_at"),
				row.getString("withdraw_reason"), row.getLong("version"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
