package org.utilityportal.identity.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.identity.OrgUnit;

/** Reads the organisation units and their service areas. */
@Component
@RequiredArgsConstructor
public class OrgUnitQueries {

	private final JdbcClient jdbc;

	/**
	 * Units, head office first, then by code.
	 * @param openOnly whether to leave out closed units
	 */
	public List<OrgUnit> units(boolean openOnly) {
		return this.jdbc
			.sql("select id, parent_id, code, kind, name_zh, name_en from org_unit "
					+ (openOnly ? "where closed_on is null " : "")
					+ "order by array_position(array['HEAD_OFFICE','SERVICE_CENTRE','DISTRICT','COUNTER','STATION']"
					+ "::varchar[], kind), code")
			.query((row, index) -> new OrgUnit(row.getLong("id"), (Long) row.getObject("parent_id", Long.class),
					row.getString("code"), row.getString("kind"), row.getString("name_zh"), row.getString("name_en")))
			.list();
	}

	/**
	 * The named escalation contacts of the open units who are still enabled: unit id to
	 * tier (2 to 4) to user account id.
	 */
	public Map<Long, Map<Integer, Long>> tierContacts() {
		Map<Long, Map<Integer, Long>> contacts = new HashMap<>();
		this.jdbc.sql("""
				select t.org_unit_id, t.tier, t.user_id from org_unit_tier_contact t
				join org_unit u on u.id = t.org_unit_id and u.closed_on is null
				join user_account a on a.id = t.user_id and a.enabled
				""").query((row) -> {
			contacts.computeIfAbsent(row.getLong(1), (unit) -> new HashMap<>()).put(row.getInt(2), row.getLong(3));
		});
		return contacts;
	}

	/** The service areas of the open units: unit id with the area as written. */
	public List<Map.Entry<Long, String>> openAreas() {
		return this.jdbc.sql("""
				select a.org_unit_id, a.area from org_unit_area a join org_unit u on u.id = a.org_unit_id
				where u.closed_on is null
				""").query((row, index) -> Map.entry(row.getLong(1), row.getString(2))).list();
	}

}
