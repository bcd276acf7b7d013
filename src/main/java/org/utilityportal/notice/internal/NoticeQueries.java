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
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.utilityportal.notice.NoticeArea;
import org.utilityportal.notice.NoticeKind;
import org.utilityportal.notice.NoticeStatus;
import org.utilityportal.notice.NoticeView;
import org.utilityportal.shared.domain.Utility;

/**
 * SQL of notices. Changes name the version they were made from and change nothing when it
 * is no longer the stored one (the caller then reports a stale edit).
 */
@Component
@RequiredArgsConstructor
public class NoticeQueries {

	private static final String COLUMNS = """
			n.id, n.utility, n.kind, n.title_zh, n.title_en, n.body_zh, n.body_en, n.metro_lines, n.starts_at,
			n.ends_at, n.status, n.replaces_id, n.written_by, n.written_at, n.published_by, n.published_at,
			n.withdrawn_by, n.withdrawn_at, n.withdraw_reason, n.version""";

	private final JdbcClient jdbc;

	/** What a notice says, as saved from the form. */
	public record Content(NoticeKind kind, String titleZh, String titleEn, String bodyZh, String bodyEn,
			String metroLines, Instant startsAt, Instant endsAt, List<NoticeArea> areas) {
	}

	/** Saves a new draft; returns its id. */
	public long insert(Content content, Long replacesId, String writtenBy, Instant at) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into notice (utility, kind, title_zh, title_en, body_zh, body_en, metro_lines, starts_at, ends_at,
					                    replaces_id, written_by, written_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					""")
			.params(content.kind().utility().name(), content.kind().name(), content.titleZh(), content.titleEn(),
					content.bodyZh(), content.bodyEn(), content.metroLines(), utc(content.startsAt()),
					utc(content.endsAt()), replacesId, writtenBy, utc(at))
			.update(key, "id");
		long id = key.getKey().longValue();
		insertAreas(id, content.areas());
		return id;
	}

	/** Changes a draft made from {@code version}; returns whether it was changed. */
	public boolean updateDraft(long id, long version, Content content, String editor) {
		int changed = this.jdbc.sql("""
				update notice set utility = ?, kind = ?, title_zh = ?, title_en = ?, body_zh = ?, body_en = ?,
				    metro_lines = ?, starts_at = ?, ends_at = ?, version = version + 1,
				    edited_by = case when ? = any (edited_by) then edited_by else array_append(edited_by, ?) end
				where id = ? and version = ? and status = 'DRAFT'
				""")
			.params(content.kind().utility().name(), content.kind().name(), content.titleZh(), content.titleEn(),
					content.bodyZh(), content.bodyEn(), content.metroLines(), utc(content.startsAt()),
					utc(content.endsAt()), editor, editor, id, version)
			.update();
		if (changed == 0) {
			return false;
		}
		this.jdbc.sql("delete from notice_area where notice_id = ?").param(id).update();
		insertAreas(id, content.areas());
		return true;
	}

	/** Publishes a draft seen at {@code version}; returns whether it was published. */
	public boolean publish(long id, long version, String by, Instant at) {
		return this.jdbc.sql("""
				update notice set status = 'PUBLISHED', published_by = ?, published_at = ?, version = version + 1
				where id = ? and version = ? and status = 'DRAFT'
				""").params(by, utc(at), id, version).update() == 1;
	}

	/** Who edited a notice after its writer (user names, in order). */
	public List<String> editors(long id) {
		return this.jdbc.sql("select unnest(edited_by) from notice where id = ?").param(id).query(String.class).list();
	}

	/** Marks a published notice as replaced by its revision. */
	public void supersede(long id, String by, Instant at, String reason) {
		this.jdbc.sql("""
				update notice set status = 'SUPERSEDED', withdrawn_by = ?, withdrawn_at = ?, withdraw_reason = ?,
				    version = version + 1
				where id = ? and status = 'PUBLISHED'
				""").params(by, utc(at), reason, id).update();
	}

	/** Withdraws a published notice seen at {@code version}; returns whether it was. */
	public boolean withdraw(long id, long version, String by, Instant at, String reason) {
		return this.jdbc.sql("""
				update notice set status = 'WITHDRAWN', withdrawn_by = ?, withdrawn_at = ?, withdraw_reason = ?,
				    version = version + 1
				where id = ? and version = ? and status = 'PUBLISHED'
				""").params(by, utc(at), reason, id, version).update() == 1;
	}

	/** Deletes a draft that was never published (with its areas). */
	public boolean deleteDraft(long id, long version) {
		this.jdbc
			.sql("delete from notice_area where notice_id = (select id from notice where id = ? and version = ? "
					+ "and status = 'DRAFT')")
			.params(id, version)
			.update();
		return this.jdbc.sql("delete from notice where id = ? and version = ? and status = 'DRAFT'")
			.params(id, version)
			.update() == 1;
	}

	public Optional<NoticeView> find(long id) {
		return withAreas(this.jdbc.sql("select " + COLUMNS + " from notice n where n.id = ?")
			.param(id)
			.query(NoticeQueries::notice)
			.list()).stream().findFirst();
	}

	/** The draft revision of a published notice, if one is being written. */
	public Optional<Long> draftRevisionOf(long id) {
		return this.jdbc.sql("select id from notice where replaces_id = ? and status = 'DRAFT'")
			.param(id)
			.query(Long.class)
			.optional();
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
	 * Published notices not ended at {@code now} that affect an open account of the
	 * customer: an area prefix the account's address key starts with, or any metro notice
	 * for a metro account. Reads only this customer's accounts.
	 * @return notice id to the affected account numbers, in the notices' order
	 */
	public Map<Long, List<String>> affecting(long customerId, Instant now) {
		Map<Long, List<String>> affected = new LinkedHashMap<>();
		this.jdbc.sql("""
				select n.id, array_agg(s.account_number order by s.account_number) as accounts
				from service_account s
				join notice n on n.utility = s.utility and n.status = 'PUBLISHED' and n.ends_at > ?
				where s.customer_id = ? and s.status = 'OPEN'
				  and (s.utility = 'METRO' or exists (
				      select 1 from notice_area a where a.notice_id = n.id
				        and starts_with(portal_address_key(s.service_address), a.address_prefix)))
				group by n.id, n.starts_at
				order by n.starts_at, n.id
				""").params(utc(now), customerId).query((row) -> {
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

	/**
	 * The portal users (customers) holding an open account of the utility whose address
	 * key starts with the prefix; one statement on the address-key index.
	 */
	public List<Long> customerUsersIn(Utility utility, String addressPrefix) {
		return this.jdbc.sql("""
				select distinct u.id from service_account s
				join user_account u on u.customer_id = s.customer_id and u.role = 'CUSTOMER' and u.enabled
				where s.utility = ? and s.status = 'OPEN' and portal_address_key(s.service_address) like ? escape '\\'
				""").params(utility.name(), likePrefix(addressPrefix)).query(Long.class).list();
	}

	/**
	 * How many open accounts of the utility have an address key starting with the prefix.
	 */
	public long openAccountsIn(Utility utility, String addressPrefix) {
		return this.jdbc.sql("""
				select count(*) from service_account s
				where s.utility = ? and s.status = 'OPEN' and portal_address_key(s.service_address) like ? escape '\\'
				""").params(utility.name(), likePrefix(addressPrefix)).query(Long.class).single();
	}

	private void insertAreas(long id, List<NoticeArea> areas) {
		for (int i = 0; i < areas.size(); i++) {
			NoticeArea area = areas.get(i);
			this.jdbc
				.sql("insert into notice_area (notice_id, position, district, locality, address_prefix) "
						+ "values (?, ?, ?, ?, ?)")
				.params(id, i, area.district(), area.locality(), area.addressPrefix())
				.update();
		}
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

	private static String likePrefix(String prefix) {
		return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	private static OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
