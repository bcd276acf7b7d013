package org.utilityportal.notice.internal;

import jakarta.persistence.Embeddable;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.utilityportal.notice.NoticeArea;

/** One area of a {@link Notice}, a row of {@code notice_area} owned by it. */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class AreaOfNotice {

	private String district;

	private String locality;

	private String addressPrefix;

	AreaOfNotice(NoticeArea area) {
		this.district = area.district();
		this.locality = area.locality();
		this.addressPrefix = area.addressPrefix();
	}

	NoticeArea area() {
		return new NoticeArea(this.district, this.locality, this.addressPrefix);
	}

}
