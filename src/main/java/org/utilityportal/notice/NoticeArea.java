package org.utilityportal.notice;

/**
 * One area of an electricity, water or gas notice: a district and optionally a street,
 * road or community as service addresses write it right after the district. An account is
 * affected when its service address, compared as an address key (lower case, no white
 * space), starts with {@code addressPrefix}: the city, the district and the locality.
 *
 * @param district e.g. {@code 东城区}
 * @param locality e.g. {@code 和平里街道}, or {@code null} for the whole district
 * @param addressPrefix e.g. {@code 北京市东城区和平里街道}
 */
public record NoticeArea(String district, String locality, String addressPrefix) {

	/** The area as administrators type it: district, a space, the locality. */
	public String text() {
		return (this.locality != null) ? this.district + " " + this.locality : this.district;
	}

}
