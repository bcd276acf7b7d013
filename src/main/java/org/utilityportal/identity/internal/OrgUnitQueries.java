package org.utilityportal.identity.internal;

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

	/** The service areas of the open units: unit id with the area as written. */
	public List<Map.Entry<Long, String>> openAreas() {
		return this.jdbc.sql("""
				select a.org_unit_id, a.area from org_unit_area a join org_unit u on u.id = a.org_unit_id
				where u.closed_on is null
				""").query((row, index) -> Map.entry(row.getLong(1), row.getString(2))).list();
	}

}
