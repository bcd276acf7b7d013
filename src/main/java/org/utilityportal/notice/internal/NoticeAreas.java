package org.utilityportal.notice.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.utilityportal.notice.NoticeArea;

/**
 * Reads the areas administrators type and turns addresses into address keys, the same way
 * the database function {@code portal_address_key} does: lower case, no white space. The
 * city ({@code portal.notices.city}, default 北京市) and its districts
 * ({@code portal.notices.districts}, default Beijing's sixteen) are configured.
 */
@Component
public class NoticeAreas {

	private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");

	private final String city;

	private final List<String> districts;

	NoticeAreas(@Value("${portal.notices.city:北京市}") String city,
			@Value("${portal.notices.districts:东城区,西城区,朝阳区,海淀区,丰台区,石景山区,门头沟区,房山区,通州区,顺义区,昌平区,大兴区,怀柔区,平谷区,密云区,延庆区}") List<String> districts) {
		this.city = key(city);
		this.districts = districts.stream().map(NoticeAreas::key).filter((district) -> !district.isEmpty()).toList();
	}

	/** An address as notices compare it: lower case, without white space. */
	public static String key(String address) {
		return (address != null) ? SPACE.matcher(address.toLowerCase(Locale.ROOT)).replaceAll("") : "";
	}

	/** The districts an area can name, in the configured order. */
	public List<String> districts() {
		return this.districts;
	}

	/**
	 * Reads one area per line ({@code 东城区 和平里街道}, {@code 北京市东城区}); blank lines are
	 * skipped.
	 * @return the areas, or the lines that name no known district in {@code unknown}
	 */
	public List<NoticeArea> parse(String text, List<String> unknown) {
		List<NoticeArea> areas = new ArrayList<>();
		if (text == null) {
			return areas;
		}
		for (String line : text.split("\\R")) {
			String key = key(line);
			if (key.isEmpty()) {
				continue;
			}
			String rest = key.startsWith(this.city) ? key.substring(this.city.length()) : key;
			String district = this.districts.stream().filter(rest::startsWith).findFirst().orElse(null);
			if (district == null) {
				unknown.add(line.strip());
				continue;
			}
			String locality = rest.substring(district.length());
			NoticeArea area = new NoticeArea(district, locality.isEmpty() ? null : locality, this.city + rest);
			if (areas.stream().noneMatch((other) -> other.addressPrefix().equals(area.addressPrefix()))) {
				areas.add(area);
			}
		}
		return areas;
	}

	/**
	 * An area filter as an address key that starts with the city: {@code 东城区} and
	 * {@code 北京市东城区} both give {@code 北京市东城区}; empty for no filter.
	 */
	public String filterKey(String area) {
		String key = key(area);
		if (key.isEmpty() || key.startsWith(this.city)) {
			return key;
		}
		return this.city + key;
	}

}
