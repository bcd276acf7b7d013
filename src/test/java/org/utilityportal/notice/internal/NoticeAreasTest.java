package org.utilityportal.notice.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.utilityportal.notice.NoticeArea;

import static org.assertj.core.api.Assertions.assertThat;

/** Areas as administrators type them, and address keys as the database compares them. */
class NoticeAreasTest {

	private final NoticeAreas areas = new NoticeAreas("北京市", List.of("东城区", "西城区", "朝阳区"));

	@Test
	void aLineIsADistrictAndAnOptionalLocalityWithOrWithoutTheCity() {
		List<String> unknown = new ArrayList<>();
		List<NoticeArea> parsed = this.areas.parse("东城区 和平里街道\n\n  北京市 西城区　月坛北街 \r\n朝阳区", unknown);

		assertThat(unknown).isEmpty();
		assertThat(parsed).containsExactly(new NoticeArea("东城区", "和平里街道", "北京市东城区和平里街道"),
				new NoticeArea("西城区", "月坛北街", "北京市西城区月坛北街"), new NoticeArea("朝阳区", null, "北京市朝阳区"));
		assertThat(parsed.get(0).text()).isEqualTo("东城区 和平里街道");
	}

	@Test
	void linesWithoutAKnownDistrictAreReportedAndRepeatsCountOnce() {
		List<String> unknown = new ArrayList<>();
		List<NoticeArea> parsed = this.areas.parse("和平里街道\n东城区和平里街道\n东城区 和平里街道\n海淀区 学院路", unknown);

		assertThat(unknown).containsExactly("和平里街道", "海淀区 学院路");
		assertThat(parsed).extracting(NoticeArea::addressPrefix).containsExactly("北京市东城区和平里街道");
	}

	@Test
	void addressKeysIgnoreWhiteSpaceAndCaseAndFiltersGainTheCity() {
		assertThat(NoticeAreas.key("北京市东城区和平里街道 12 号院　3 号楼 A402")).isEqualTo("北京市东城区和平里街道12号院3号楼a402");
		assertThat(this.areas.filterKey("东城区 和平里")).isEqualTo("北京市东城区和平里");
		assertThat(this.areas.filterKey("北京市东城区")).isEqualTo("北京市东城区");
		assertThat(this.areas.filterKey("  ")).isEmpty();
		assertThat(this.areas.filterKey(null)).isEmpty();
	}

}
