package org.utilityportal.notice;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.notice.internal.Notice;
import org.utilityportal.notice.internal.NoticeAreas;
import org.utilityportal.notice.internal.NoticeQueries;
import org.utilityportal.notice.internal.NoticeRepository;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.domain.Utility;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Notices: administrators write drafts, publish and withdraw them; a published notice is
 * never edited, a correction is a revision (a new draft) that replaces it when published.
 * Everyone reads the published notices; a customer reads those affecting their own open
 * accounts. Publishing an electricity, water or gas notice puts a message in the inbox of
 * every customer with a portal account and an open account in its areas (through
 * {@link NoticePublished}). A notice is an aggregate ({@code internal.Notice}) loaded,
 * changed and saved through its repository under a row lock; lists are projections.
 */
@Service
@RequiredArgsConstructor
public class Notices {

	/** The most notices a list shows. */
	public static final int LIST_LIMIT = 200;

	private final NoticeRepository repository;

	private final NoticeQueries queries;

	private final NoticeAreas areas;

	private final NoticeForms forms;

	private final NoticeReach reach;

	private final ServiceAccounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/**
	 * Saves a new draft from the form, or reports what is wrong in {@code errors} and
	 * saves nothing.
	 * @return the new notice's id, or {@code null} when the form has errors
	 */
	@Transactional
	public Long create(NoticeForm form, String author, Errors errors) {
		this.forms.validate(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return this.repository.save(Notice.draft(this.forms.content(form), author, this.clock.instant())).getId();
	}

	/**
	 * Saves changes to a draft made from the form's version, or reports what is wrong in
	 * {@code errors}.
	 * @return whether it was saved
	 * @throws StaleEditException when the draft was changed or published meanwhile
	 */
	@Transactional
	public boolean update(long id, NoticeForm form, Errors errors, String editor) {
		Notice notice = this.repository.findForUpdate(id).orElseThrow(() -> new NotFoundException("Notice"));
		this.forms.validate(form, errors);
		if (errors.hasErrors()) {
			return false;
		}
		notice.checkVersion(form.getVersion());
		notice.edit(this.forms.content(form), editor);
		this.repository.flush();
		return true;
	}

	/**
	 * Publishes a draft seen at {@code version}. A revision supersedes the notice it
	 * replaces in the same transaction. Customers with a portal account and an open
	 * account in the areas get an inbox message a moment after (metro notices: none, they
	 * are on every metro card holder's landing page): {@link NoticePublished} names them.
	 * Refused to whoever wrote or edited the draft (four eyes), by the database too.
	 * @return how many customers' portal accounts get a message
	 * @throws StaleEditException when the notice was changed or published meanwhile
	 * @throws org.utilityportal.shared.domain.FourEyesRefusal when the publisher wrote or
	 * edited it
	 */
	@Transactional
	public int publish(long id, long version, String publisher) {
		Notice notice = lock(id, version);
		notice.publish(publisher, this.clock.instant());
		if (notice.getReplacesId() != null) {
			this.repository.findForUpdate(notice.getReplacesId()).ifPresent((replaced) -> replaced.supersede(notice));
		}
		this.repository.flush();
		Set<Long> recipients = this.reach.portalUsers(notice.getUtility(), notice.content().areas());
		this.events.publishEvent(new NoticePublished(id, notice.getReplacesId() != null, notice.getTitleZh(),
				notice.getTitleEn(), recipients));
		return recipients.size();
	}

	/**
	 * Withdraws a published notice seen at {@code version}, with a reason; it disappears
	 * from the public page and the customers' pages.
	 * @throws StaleEditException when it was changed or is not published
	 */
	@Transactional
	public void withdraw(long id, long version, String reason, String by) {
		lock(id, version).withdraw(by, this.clock.instant(), StringUtils.hasText(reason) ? reason.strip() : null);
		this.repository.flush();
	}

	/**
	 * Starts a revision of a published notice: a draft copy that replaces it when
	 * published. A revision already being written is returned instead of a second one.
	 * @return the draft revision's id
	 */
	@Transactional
	public long revise(long id, String author) {
		Notice notice = this.repository.findForUpdate(id).orElseThrow(() -> new NotFoundException("Notice"));
		Notice revision = notice.revision(author, this.clock.instant());
		return this.repository.findByReplacesIdAndStatus(id, NoticeStatus.DRAFT)
			.orElseGet(() -> this.repository.save(revision))
			.getId();
	}

	/**
	 * Deletes a draft that was never published.
	 * @throws StaleEditException when it was changed or published meanwhile
	 */
	@Transactional
	public void discard(long id, long version) {
		Notice notice = lock(id, version);
		notice.checkDiscardable();
		this.repository.delete(notice);
		this.repository.flush();
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
		return this.forms.form(get(id));
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
		List<ServiceAccountView> open = this.accounts.ofCustomer(customerId)
			.stream()
			.filter(ServiceAccountView::isOpen)
			.toList();
		Map<Long, List<String>> affected = this.queries.affecting(open, this.clock.instant());
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
		return this.reach.openAccounts(notice.utility(), notice.areas());
	}

	/** The districts an area can name. */
	public List<String> districts() {
		return this.areas.districts();
	}

	private Notice lock(long id, long version) {
		Notice notice = this.repository.findForUpdate(id).orElseThrow(() -> new NotFoundException("Notice"));
		notice.checkVersion(version);
		return notice;
	}

}
