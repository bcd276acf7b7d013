package org.utilityportal.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.utilityportal.notice.internal.NoticeAreas;
import org.utilityportal.notice.internal.NoticeQueries;
import org.utilityportal.notification.Notifications;
import org.utilityportal.shared.domain.FourEyesRefusal;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.domain.VersionPublishing;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Notices: administrators write drafts, publish and withdraw them; a published notice is
 * never edited, a correction is a revision (a new draft) that replaces it when published.
 * Everyone reads the published notices; a customer reads those affecting their own open
 * accounts. Publishing an electricity, water or gas notice puts a message in the inbox of
 * every customer with a portal account and an open account in its areas.
 */
@Service
@RequiredArgsConstructor
public class Notices {

	/** The most notices a list shows. */
	public static final int LIST_LIMIT = 200;

	private final NoticeQueries queries;

	private final NoticeAreas areas;

	private final Notifications notifications;

	private final Clock clock;

	/**
	 * Checks what the field annotations cannot: the end after the start, areas for
	 * electricity, water and gas (each naming a known district), lines for metro.
	 */
	public void validate(NoticeForm form, Errors errors) {
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

	/**
	 * Saves a new draft from the form, or reports what is wrong in {@code errors} and
	 * saves nothing.
	 * @return the new notice's id, or {@code null} when the form has errors
	 */
	@Transactional
	public Long create(NoticeForm form, String author, Errors errors) {
		validate(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return this.queries.insert(content(form), null, author, this.clock.instant());
	}

	/**
	 * Saves changes to a draft made from the form's version, or reports what is wrong in
	 * {@code errors}. The editor is recorded: they may not publish it (four eyes).
	 * @return whether it was saved
	 * @throws StaleEditException when the draft was changed or published meanwhile
	 */
	@Transactional
	public boolean update(long id, NoticeForm form, Errors errors, String editor) {
		NoticeView notice = get(id);
		validate(form, errors);
		if (errors.hasErrors()) {
			return false;
		}
		if (!notice.isDraft() || !this.queries.updateDraft(id, form.getVersion(), content(form), editor)) {
			throw new StaleEditException("Notice " + id);
		}
		return true;
	}

	/**
	 * Publishes a draft seen at {@code version}. A revision withdraws the notice it
	 * replaces (status superseded) in the same transaction. Customers with a portal
	 * account and an open account in the areas get an inbox message (metro notices: none,
	 * they are on every metro card holder's landing page). Refused to whoever wrote or
	 * edited the draft (four eyes: a notice reaches many customers' inboxes), and by the
	 * database too.
	 * @return how many inbox messages were written
	 * @throws StaleEditException when the notice was changed or published meanwhile
	 * @throws FourEyesRefusal when the publisher wrote or edited it
	 */
	@Transactional
	public int publish(long id, long version, String publisher) {
		NoticeView notice = get(id);
		VersionPublishing.fourEyes("notice.publish", notice.writtenBy(), this.queries.editors(id), publisher)
			.ifPresent((key) -> {
				throw new FourEyesRefusal(key);
			});
		Instant now = this.clock.instant();
		if (!this.queries.publish(id, version, publisher, now)) {
			throw new StaleEditException("Notice " + id);
		}
		if (notice.replacesId() != null) {
			this.queries.supersede(notice.replacesId(), publisher, now, "#" + id);
		}
		if (notice.utility() == Utility.METRO) {
			return 0;
		}
		Set<Long> recipients = new LinkedHashSet<>();
		for (NoticeArea area : notice.areas()) {
			recipients.addAll(this.queries.customerUsersIn(notice.utility(), area.addressPrefix()));
		}
		String key = (notice.replacesId() != null) ? "notice.inbox.revised" : "notice.inbox.published";
		return this.notifications.send(recipients, key, List.of(notice.titleZh(), notice.titleEn()), "/my",
				"notice-" + id);
	}

	/**
	 * Withdraws a published notice seen at {@code version}, with a reason; it disappears
	 * from the public page and the customers' pages.
	 * @throws StaleEditException when it was changed or is not published
	 */
	@Transactional
	public void withdraw(long id, long version, String reason, String by) {
		get(id);
		String why = StringUtils.hasText(reason) ? reason.strip() : null;
		if (why != null && why.length() > 200) {
			why = why.substring(0, 200);
		}
		if (!this.queries.withdraw(id, version, by, this.clock.instant(), why)) {
			throw new StaleEditException("Notice " + id);
		}
	}

	/**
	 * Starts a revision of a published notice: a draft copy that replaces it when
	 * published. A revision already being written is returned instead of a second one.
	 * @return the draft revision's id
	 */
	@Transactional
	public long revise(long id, String author) {
		NoticeView notice = get(id);
		if (notice.status() != NoticeStatus.PUBLISHED) {
			throw new StaleEditException("Notice " + id);
		}
		return this.queries.draftRevisionOf(id)
			.orElseGet(() -> this.queries.insert(
					new NoticeQueries.Content(notice.kind(), notice.titleZh(), notice.titleEn(), notice.bodyZh(),
							notice.bodyEn(), notice.metroLines(), notice.startsAt(), notice.endsAt(), notice.areas()),
					id, author, this.clock.instant()));
	}

	/**
	 * Deletes a draft that was never published.
	 * @throws StaleEditException when it was changed or published meanwhile
	 */
	@Transactional
	public void discard(long id, long version) {
		if (!this.queries.deleteDraft(id, version)) {
			throw new StaleEditException("Notice " + id);
		}
	}

	/** One notice in any state (administration). */
	@Transactional(readOnly = true)
	public NoticeView get(long id) {
		return this.queries.find(id).orElseThrow(() -> new NotFoundException("Notice"));
	}

	/** A published notice that has not been withdrawn (public). */
	@Transactional(readOnly = true)
	public NoticeView published(long id) {
		return this.queries.find(id)
			.filter((notice) -> notice.status() == NoticeStatus.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("Notice"));
	}

	/** A notice as a form to edit; times in the business time zone. */
	@Transactional(readOnly = true)
	public NoticeForm form(long id) {
		NoticeView notice = get(id);
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

	/** The newest notices in any state, optionally of one utility and status (staff). */
	@Transactional(readOnly = true)
	public List<NoticeView> newest(Utility utility, NoticeStatus status) {
		return this.queries.newest(utility, status, LIST_LIMIT);
	}

	/**
	 * Published notices in force now or to come, by start; optionally of one utility and
	 * of an area (a district, street or full address: notices for an area containing it
	 * or within it; metro notices cover the whole network and are always listed).
	 */
	@Transactional(readOnly = true)
	public List<NoticeView> published(Utility utility, String area) {
		return published(utility, area, LIST_LIMIT);
	}

	/** The first {@code limit} of {@link #published(Utility, String)}. */
	@Transactional(readOnly = true)
	public List<NoticeView> published(Utility utility, String area, int limit) {
		return this.queries.published(utility, this.areas.filterKey(area), this.clock.instant(),
				Math.min(limit, LIST_LIMIT));
	}

	/**
	 * Published notices in force now or to come that affect one of the customer's own
	 * open accounts, with the accounts affected. Reads no other customer's accounts.
	 */
	@Transactional(readOnly = true)
	public List<AffectedNotice> affecting(long customerId) {
		Map<Long, List<String>> affected = this.queries.affecting(customerId, this.clock.instant());
		Map<Long, NoticeView> notices = this.queries.byIds(List.copyOf(affected.keySet()))
			.stream()
			.collect(Collectors.toMap(NoticeView::id, Function.identity()));
		return affected.entrySet()
			.stream()
			.map((entry) -> new AffectedNotice(notices.get(entry.getKey()), entry.getValue()))
			.toList();
	}

	/**
	 * How many open accounts lie in the notice's areas (an account in two overlapping
	 * areas counts twice); for metro the number is not computed and is {@code -1}.
	 */
	@Transactional(readOnly = true)
	public long accountsInAreas(NoticeView notice) {
		if (notice.utility() == Utility.METRO) {
			return -1;
		}
		return notice.areas()
			.stream()
			.mapToLong((area) -> this.queries.openAccountsIn(notice.utility(), area.addressPrefix()))
			.sum();
	}

	/** The districts an area can name. */
	public List<String> districts() {
		return this.areas.districts();
	}

	private NoticeQueries.Content content(NoticeForm form) {
		NoticeKind kind = form.getKind();
		List<NoticeArea> parsed = kind.isMetro() ? List.of() : this.areas.parse(form.getAreas(), new ArrayList<>());
		return new NoticeQueries.Content(kind, form.getTitleZh().strip(), form.getTitleEn().strip(),
				text(form.getBodyZh()), text(form.getBodyEn()), kind.isMetro() ? form.getMetroLines().strip() : null,
				form.getStartsAt().atZone(this.clock.getZone()).toInstant(),
				form.getEndsAt().atZone(this.clock.getZone()).toInstant(), parsed);
	}

	private static String text(String value) {
		return (value != null) ? value.strip() : "";
	}

}
