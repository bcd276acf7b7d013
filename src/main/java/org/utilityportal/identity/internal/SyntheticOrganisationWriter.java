package org.utilityportal.identity.internal;

import java.util.List;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.utilityportal.identity.StaffPlacement;
import org.utilityportal.shared.security.Role;

/**
 * Writes the synthetic organisation of the data generators (see
 * {@link org.utilityportal.identity.SyntheticOrganisation}) and reads its staff, enabled
 * or not.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class SyntheticOrganisationWriter {

	private static final String[] CENTRES = { "城北", "城南", "城西" };

	private static final String[] CENTRES_EN = { "North", "South", "West" };

	private static final String[] DISTRICTS = { "西城", "海淀", "昌平", "丰台", "大兴", "房山", "朝阳", "石景山", "门头沟" };

	private static final String[] DISTRICTS_EN = { "Xicheng", "Haidian", "Changping", "Fengtai", "Daxing", "Fangshan",
			"Chaoyang", "Shijingshan", "Mentougou" };

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红";

	private final JdbcClient jdbc;

	/** Teams that handle cases: service halls, district offices, repair stations. */
	public long teams() {
		return this.jdbc.sql("select count(*) from org_unit where kind in ('COUNTER', 'DISTRICT', 'STATION')")
			.query(Long.class)
			.single();
	}

	/** Adds the synthetic units and staff (idempotent: existing codes and names stay). */
	public void create() {
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
			staff(centre, Role.SUPERVISOR, 1, password, workNumber);
			for (int d = c * 3; d < c * 3 + 3; d++) {
				long district = unit("GEN-D-" + (d + 1), "DISTRICT", centre, DISTRICTS[d] + "区营业所",
						DISTRICTS_EN[d] + " district office");
				staff(district, Role.SUPERVISOR, 1, password, workNumber);
				for (int h = 1; h <= 2; h++) {
					long hall = unit("GEN-C-" + (d + 1) + "-" + h, "COUNTER", district, DISTRICTS[d] + "第" + h + "营业厅",
							DISTRICTS_EN[d] + " service hall " + h);
					staff(hall, Role.COUNTER, 4, password, workNumber);
				}
				long station = unit("GEN-S-" + (d + 1), "STATION", district, DISTRICTS[d] + "抢修站",
						DISTRICTS_EN[d] + " repair station");
				staff(station, Role.COUNTER, 3, password, workNumber);
			}
		}
		log.info("Added a synthetic organisation for generated data (codes GEN-…)");
	}

	/** Counter staff and supervisors placed in a unit, enabled or not, by id. */
	public List<StaffPlacement> placedStaff() {
		return this.jdbc.sql("""
				select id, username, display_name, work_number, role, org_unit_id from user_account
				where role in ('COUNTER', 'SUPERVISOR') and org_unit_id is not null order by id
				""")
			.query((row, index) -> new StaffPlacement(row.getLong("id"), row.getString("username"),
					row.getString("display_name"), row.getString("work_number"), Role.valueOf(row.getString("role")),
					row.getLong("org_unit_id")))
			.list();
	}

	private long unit(String code, String kind, Long parent, String nameZh, String nameEn) {
		this.jdbc.sql("""
				insert into org_unit (code, kind, parent_id, name_zh, name_en) values (?, ?, ?, ?, ?)
				on conflict (code) do nothing
				""").params(code, kind, parent, nameZh, nameEn).update();
		return this.jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
	}

	private void staff(long unit, Role role, int count, String password, int[] workNumber) {
		for (int i = 0; i < count; i++) {
			int number = workNumber[0]++;
			String name = SURNAMES.charAt(number % SURNAMES.length()) + "" + GIVEN.charAt((number * 7) % GIVEN.length())
					+ GIVEN.charAt((number * 13) % GIVEN.length());
			this.jdbc.sql("""
					insert into user_account (username, password_hash, role, display_name, work_number, org_unit_id,
					    enabled)
					values (?, ?, ?, ?, ?, ?, false) on conflict do nothing
					""").params("gen" + number, password, role.name(), name, String.valueOf(number), unit).update();
		}
	}

}
