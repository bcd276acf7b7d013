package org.utilityportal.casework.internal.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.utilityportal.calendar.WorkingCalendars;

/**
 * The teams and staff generated cases are spread over: the organisation units and staff
 * in the database, and, when it has fewer than {@value #ENOUGH_TEAMS} teams, a synthetic
 * organisation under the head office (codes {@code GEN-…}): three customer-service
 * centres with three district offices each, every district with two service halls and a
 * repair station, four clerks per hall, three per station, a supervisor per district and
 * per centre. Generated staff accounts are disabled with a password nobody knows: they
 * stand for the people who handled old cases, and nobody can sign in with them.
 */
@Slf4j
@Component
// Synthetic data is for demonstrations and benchmarks: it exists only with demo data on.
@ConditionalOnBooleanProperty("portal.demo-data.active")
@RequiredArgsConstructor
class SyntheticOrganisation {

	static final int ENOUGH_TEAMS = 8;

	private static final String[] CENTRES = { "城北", "城南", "城西" };

	private static final String[] CENTRES_EN = { "North", "South", "West" };

	private static final String[] DISTRICTS = { "西城", "海淀", "昌平", "丰台", "大兴", "房山", "朝阳", "石景山", "门头沟" };

	private static final String[] DISTRICTS_EN = { "Xicheng", "Haidian", "Changping", "Fengtai", "Daxing", "Fangshan",
			"Chaoyang", "Shijingshan", "Mentougou" };

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红";

	private final JdbcClient jdbc;

	private final WorkingCalendars calendars;

	/**
	 * A team that can own or handle cases.
	 *
	 * @param id org unit id
	 * @param kind org unit kind
	 * @param name its Chinese name
	 * @param calendarId the working calendar its clocks count on
	 * @param staff its staff (clerks and supervisors)
	 */
	record Team(long id, String kind, String name, long calendarId, List<Staff> staff) {
	}

	/**
	 * A member of staff.
	 *
	 * @param id user account id
	 * @param username sign-in name
	 * @param name display name
	 * @param workNumber work number
	 */
	record Staff(long id, String username, String name, String workNumber) {
	}

	/**
	 * The teams, from the database.
	 *
	 * @param halls service halls with clerks: they register cases and own them
	 * @param handlers every team that handles the substance (halls, districts, stations)
	 */
	record Organisation(List<Team> halls, List<Team> handlers) {
	}

	/** Adds the synthetic organisation if needed, then reads the teams. */
	Organisation ensure() {
		long teams = this.jdbc.sql("select count(*) from org_unit where kind in ('COUNTER', 'DISTRICT', 'STATION')")
			.query(Long.class)
			.single();
		if (teams < ENOUGH_TEAMS) {
			create();
		}
		return read();
	}

	private void create() {
		Long headOffice = this.jdbc.sql("select min(id) from org_unit where kind = 'HEAD_OFFICE'")
			.query(Long.class)
			.optional()
			.orElse(null);
		if (headOffice == null) {
			headOffice = unit("GEN-HQ", "HEAD_OFFICE", null, "总部", "Head office");
		}
		String password = "{bcrypt}" + new BCryptPasswordEncoder().encode(UUID.randomUUID().toString());
		int[] workNumber = { 50001 };
		for (int c = 0; c < CENTRES.length; c++) {
			long centre = unit("GEN-SC-" + (c + 1), "SERVICE_CENTRE", headOffice, CENTRES[c] + "客户服务中心",
					CENTRES_EN[c] + " customer service centre");
			staff(centre, "SUPERVISOR", 1, password, workNumber);
			for (int d = c * 3; d < c * 3 + 3; d++) {
				long district = unit("GEN-D-" + (d + 1), "DISTRICT", centre, DISTRICTS[d] + "区营业所",
						DISTRICTS_EN[d] + " district office");
				staff(district, "SUPERVISOR", 1, password, workNumber);
				for (int h = 1; h <= 2; h++) {
					long hall = unit("GEN-C-" + (d + 1) + "-" + h, "COUNTER", district, DISTRICTS[d] + "第" + h + "营业厅",
							DISTRICTS_EN[d] + " service hall " + h);
					staff(hall, "COUNTER", 4, password, workNumber);
				}
				long station = unit("GEN-S-" + (d + 1), "STATION", district, DISTRICTS[d] + "抢修站",
						DISTRICTS_EN[d] + " repair station");
				staff(station, "COUNTER", 3, password, workNumber);
			}
		}
		log.info("Added a synthetic organisation for generated cases (codes GEN-…)");
	}

	private long unit(String code, String kind, Long parent, String nameZh, String nameEn) {
		this.jdbc.sql("""
				insert into org_unit (code, kind, parent_id, name_zh, name_en) values (?, ?, ?, ?, ?)
				on conflict (code) do nothing
				""").params(code, kind, parent, nameZh, nameEn).update();
		return this.jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
	}

	private void staff(long unit, String role, int count, String password, int[] workNumber) {
		for (int i = 0; i < count; i++) {
			int number = workNumber[0]++;
			String name = SURNAMES.charAt(number % SURNAMES.length()) + "" + GIVEN.charAt((number * 7) % GIVEN.length())
					+ GIVEN.charAt((number * 13) % GIVEN.length());
			this.jdbc.sql("""
					insert into user_account (username, password_hash, role, display_name, work_number, org_unit_id,
					    enabled)
					values (?, ?, ?, ?, ?, ?, false) on conflict do nothing
					""").params("gen" + number, password, role, name, String.valueOf(number), unit).update();
		}
	}

	private Organisation read() {
		Map<Long, List<Staff>> staff = new HashMap<>();
		this.jdbc.sql("""
				select id, username, display_name, work_number, org_unit_id from user_account
				where role in ('COUNTER', 'SUPERVISOR') and org_unit_id is not null order by id
				""")
			.query((row, index) -> staff.computeIfAbsent(row.getLong("org_unit_id"), (unit) -> new ArrayList<>())
				.add(new Staff(row.getLong("id"), row.getString("username"), row.getString("display_name"),
						row.getString("work_number"))))
			.list();
		List<Team> halls = new ArrayList<>();
		List<Team> handlers = new ArrayList<>();
		List<Object[]> units = this.jdbc
			.sql("select id, kind, name_zh from org_unit where kind in ('COUNTER', 'DISTRICT', 'STATION') order by id")
			.query((row, index) -> new Object[] { row.getLong("id"), row.getString("kind"), row.getString("name_zh") })
			.list();
		for (Object[] unit : units) {
			long id = (long) unit[0];
			Team team = new Team(id, (String) unit[1], (String) unit[2], this.calendars.idForOrgUnit(id),
					staff.getOrDefault(id, List.of()));
			handlers.add(team);
			if ("COUNTER".equals(team.kind()) && !team.staff().isEmpty()) {
				halls.add(team);
			}
		}
		if (halls.isEmpty()) {
			throw new IllegalStateException("No service hall with staff to register generated cases");
		}
		return new Organisation(halls, handlers);
	}

}
