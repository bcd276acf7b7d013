package org.utilityportal.notice.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.utilityportal.notice.AffectedNotice;
import org.utilityportal.notice.NoticeArea;
import org.utilityportal.notice.NoticeKind;
import org.utilityportal.notice.NoticeView;
import org.utilityportal.notice.Notices;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.security.PortalPrincipal;

/**
 * Notices over JSON: anyone reads the published ones; a customer reads those affecting
 * their own open accounts.
 */
@RestController
@RequiredArgsConstructor
@Tag(name = "Notices")
class NoticeApiController {

	private final Notices notices;

	@GetMapping("/api/v1/notices")
	@Operation(summary = "Published notices in force or to come, by start (no sign-in)",
			description = "area: a district, street or address (e.g. 东城区, 北京市东城区和平里街道 12 号院): notices for an "
					+ "area containing it or within it; metro notices cover the whole network and are always listed.")
	List<PublicNotice> published(@Parameter(description = "ELECTRICITY, WATER, GAS or METRO") @RequestParam(
			required = false) Utility utility, @RequestParam(required = false) String area) {
		String filter = (area != null && area.length() > 100) ? area.substring(0, 100) : area;
		return this.notices.published(utility, filter).stream().map(PublicNotice::of).toList();
	}

	@GetMapping("/api/v1/notices/{id}")
	@Operation(summary = "One published notice (no sign-in); 404 for drafts and withdrawn notices")
	PublicNotice one(@PathVariable long id) {
		return PublicNotice.of(this.notices.published(id));
	}

	@GetMapping("/api/v1/my/notices")
	@PreAuthorize("hasRole('CUSTOMER')")
	@Operation(summary = "Published notices in force or to come that affect one of the signed-in customer's open "
			+ "accounts, with the accounts affected")
	List<MyNotice> mine(@AuthenticationPrincipal PortalPrincipal customer) {
		return this.notices.affecting(customer.requireCustomerId())
			.stream()
			.map((affected) -> new MyNotice(PublicNotice.of(affected.notice()), affected.accountNumbers()))
			.toList();
	}

	/**
	 * A published notice.
	 *
	 * @param id notice id
	 * @param utility the utility
	 * @param kind what it announces
	 * @param titleZh title in Simplified Chinese
	 * @param titleEn title in English
	 * @param bodyZh text in Simplified Chinese
	 * @param bodyEn text in English
	 * @param areas affected areas (district and optional street or community); empty for
	 * metro
	 * @param metroLines lines and stations (metro only)
	 * @param startsAt when it begins
	 * @param endsAt when it is expected to end
	 * @param publishedAt when it was published
	 * @param replacesId the earlier notice this one corrects, if any
	 */
	record PublicNotice(long id, Utility utility, NoticeKind kind, String titleZh, String titleEn, String bodyZh,
			String bodyEn, List<NoticeArea> areas, String metroLines, Instant startsAt, Instant endsAt,
			Instant publishedAt, Long replacesId) {

		static PublicNotice of(NoticeView notice) {
			return new PublicNotice(notice.id(), notice.utility(), notice.kind(), notice.titleZh(), notice.titleEn(),
					notice.bodyZh(), notice.bodyEn(), notice.areas(), notice.metroLines(), notice.startsAt(),
					notice.endsAt(), notice.publishedAt(), notice.replacesId());
		}

	}

	/**
	 * A notice affecting the customer.
	 *
	 * @param notice the notice
	 * @param accountNumbers the customer's open accounts it affects
	 */
	record MyNotice(PublicNotice notice, List<String> accountNumbers) {
	}

}
