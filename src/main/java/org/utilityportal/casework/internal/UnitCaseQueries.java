package org.utilityportal.casework.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.identity.OpenCasesOfUnits;

/**
 * Tells the organisation administration how many cases are still open in units, so a unit
 * is not moved or closed under them (one statement on the unit index).
 */
@Component
@RequiredArgsConstructor
class UnitCaseQueries implements OpenCasesOfUnits {

	private final JdbcClient jdbc;

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Long> openCasesByUnit(Collection<Long> unitIds) {
		Map<Long, Long> open = new LinkedHashMap<>();
		if (unitIds.isEmpty()) {
			return open;
		}
		this.jdbc.sql("""
				select responsible_unit_id, count(*) from service_case
				where responsible_unit_id in (:units) and status in ('REGISTERED', 'IN_PROGRESS', 'WAITING_CUSTOMER')
				group by responsible_unit_id order by responsible_unit_id
				""").param("units", unitIds).query((row, index) -> open.put(row.getLong(1), row.getLong(2))).list();
		return open;
	}

}
