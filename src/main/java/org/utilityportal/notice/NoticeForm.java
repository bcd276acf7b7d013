package org.utilityportal.notice;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The administrator's form for a notice. Times are local to the business time zone. Areas
 * are one per line, a district and optionally a street, road or community
 * ({@code 东城区 和平里街道}); metro notices name lines and stations instead.
 */
@Getter
@Setter
public class NoticeForm {

	@NotNull
	private NoticeKind kind;

	@NotBlank
	@Size(max = 200)
	private String titleZh;

	@NotBlank
	@Size(max = 200)
	private String titleEn;

	@Size(max = 4000)
	private String bodyZh;

	@Size(max = 4000)
	private String bodyEn;

	@Size(max = 2000)
	private String areas;

	@Size(max = 300)
	private String metroLines;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime startsAt;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime endsAt;

	private long version;

}
