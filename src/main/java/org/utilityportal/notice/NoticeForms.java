package org.utilityportal.notice;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.utilityportal.notice.internal.Notice;
import org.utilityportal.notice.internal.NoticeAreas;

/**
 * The administrator's notice form: its checks, what it says as a notice's content, and a
 * notice as a form again. Times are local to the business time zone.
 */
@Component
@RequiredArgsConstructor
class NoticeForms {

	private final NoticeAreas areas;

	private final Clock clock;

	/**
	 * Checks what the field annotations cannot: the end after the start, areas for
	 * electricity, water and gas (each naming a known district), lines for metro.
	 */
	void validate(NoticeForm form, Errors errors) {
		if (form.getStartsAt() != null && form.getEndsAt() != null && !form.getEndsAt().isAfter(form.getStartsAt())
				&& !errors.hasFieldErrors("endsAt")) {
			errors.rejectValue("endsAt", "notice.error.endBeforeStart");
		}
		if (form.getKind() == null) {
			return;
		}
		if (form.getKind().isMetro()) {
			if (!StringUtils.hasText(form.getMetroLines()) && !errors.hasFieldErrors("metroLines")) {
				errors.rejectValue("metroLines", "notice.error.linesRequired");
			}
			return;
		}
		if (errors.hasFieldErrors("areas")) {
			return;
		}
		List<String> unknown = new ArrayList<>();
		List<NoticeArea> parsed = this.areas.parse(form.getAreas(), unknown);
		if (!unknown.isEmpty()) {
			errors.rejectValue("areas", "notice.error.unknownDistrict", new Object[] { String.join(", ", unknown) },
					null);
		}
		else if (parsed.isEmpty()) {
			errors.rejectValue("areas", "notice.error.areaRequired");
		}
		else if (parsed.stream().anyMatch((area) -> area.addressPrefix().length() > 100)) {
			errors.rejectValue("areas", "notice.error.areaTooLong");
		}
	}

	/** What a validated form says. */
	Notice.NoticeContent content(NoticeForm form) {
		NoticeKind kind = form.getKind();
		List<NoticeArea> parsed = kind.isMetro() ? List.of() : this.areas.parse(form.getAreas(), new ArrayList<>());
		return new Notice.NoticeContent(kind, form.getTitleZh().strip(), form.getTitleEn().strip(),
				text(form.getBodyZh()), text(form.getBodyEn()), kind.isMetro() ? form.getMetroLines().strip() : null,
				form.getStartsAt().atZone(this.clock.getZone()).toInstant(),
				form.getEndsAt().atZone(this.clock.getZone()).toInstant(), parsed);
	}

	/** A notice as a form to edit. */
	NoticeForm form(NoticeView notice) {
		NoticeForm form = new NoticeForm();
		form.setKind(notice.kind());
		form.setTitleZh(notice.titleZh());
		form.setTitleEn(notice.titleEn());
		form.setBodyZh(notice.bodyZh());
		form.setBodyEn(notice.bodyEn());
		form.setAreas(String.join("\n", notice.areas().stream().map(NoticeArea::text).toList()));
		form.setMetroLines(notice.metroLines());
		form.setStartsAt(LocalDateTime.ofInstant(notice.startsAt(), this.clock.getZone()));
		form.setEndsAt(LocalDateTime.ofInstant(notice.endsAt(), this.clock.getZone()));
		form.setVersion(notice.version());
		return form;
	}

	private static String text(String value) {
		return (value != null) ? value.strip() : "";
	}

}
