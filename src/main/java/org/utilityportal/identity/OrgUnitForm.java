package org.utilityportal.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * A unit as an administrator types it. The code only when creating (it never changes);
 * the areas one a line ({@code 东城区 和平里街道}); who answers tiers 2 to 4 by work number,
 * blank for "the supervisors the organisation finds".
 */
@Getter
@Setter
public class OrgUnitForm {

	@Pattern(regexp = "\\s*([A-Za-z0-9][A-Za-z0-9_-]{1,31})?\\s*", message = "{orgUnit.validation.code}")
	private String code;

	private Long parentId;

	@NotBlank
	@Pattern(regexp = "HEAD_OFFICE|SERVICE_CENTRE|DISTRICT|COUNTER|STATION")
	private String kind;

	@NotBlank
	@Size(max = 100)
	private String nameZh;

	@NotBlank
	@Size(max = 100)
	private String nameEn;

	@Size(max = 2000)
	private String areas = "";

	@Size(max = 16)
	private String tier2WorkNumber;

	@Size(max = 16)
	private String tier3WorkNumber;

	@Size(max = 16)
	private String tier4WorkNumber;

	private long version;

	/** The areas typed, one per non-blank line, white space between words kept single. */
	public List<String> areaList() {
		List<String> list = new ArrayList<>();
		Arrays.stream((this.areas != null) ? this.areas.split("\\R") : new String[0])
			.map((line) -> line.strip().replaceAll("[\\s\\u3000]+", " "))
			.filter((line) -> !line.isEmpty())
			.forEach(list::add);
		return list;
	}

}
