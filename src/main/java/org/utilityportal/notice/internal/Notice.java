package org.utilityportal.notice.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.utilityportal.notice.NoticeArea;
import org.utilityportal.notice.NoticeKind;
import org.utilityportal.notice.NoticeStatus;
import org.utilityportal.shared.domain.FourEyesRefusal;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.domain.VersionPublishing;
import org.utilityportal.shared.domain.Utility;

/**
 * A notice: the aggregate root of its areas. A draft can be changed and published; a
 * published notice is never changed again, only withdrawn (with a reason) or superseded
 * by its revision, a new draft that replaces it when published. A method asked for what
 * the notice's status does not allow throws {@link StaleEditException}: the page that
 * asked was out of date.
 */
@Entity
@Table(name = "notice")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Notice {

	/** The longest reason a withdrawal keeps. */
	public static final int REASON_LENGTH = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private Utility utility;

	@Enumerated(EnumType.STRING)
	private NoticeKind kind;

	private String titleZh;

	private String titleEn;

	private String bodyZh;

	private String bodyEn;

	private String metroLines;

	private Instant startsAt;

	private Instant endsAt;

	@Enumerated(EnumType.STRING)
	private NoticeStatus status;

	private Long replacesId;

	private String writtenBy;

	private Instant writtenAt;

	private String publishedBy;

	private Instant publishedAt;

	private String withdrawnBy;

	private Instant withdrawnAt;

	private String withdrawReason;

	@Version
	private long version;

	/** Who changed the draft after its writer (four eyes). */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "edited_by")
	private List<String> editedBy = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "notice_area", joinColumns = @JoinColumn(name = "notice_id"))
	@OrderColumn(name = "position")
	private List<AreaOfNotice> areas = new ArrayList<>();

	private Notice(NoticeContent content, Long replacesId, String writtenBy, Instant writtenAt) {
		this.status = NoticeStatus.DRAFT;
		this.replacesId = replacesId;
		this.writtenBy = writtenBy;
		this.writtenAt = writtenAt;
		write(content);
	}

	/** A new draft. */
	public static Notice draft(NoticeContent content, String author, Instant at) {
		return new Notice(content, null, author, at);
	}

	/**
	 * A revision of this published notice: a draft with the same content that replaces it
	 * when published.
	 */
	public Notice revision(String author, Instant at) {
		require(NoticeStatus.PUBLISHED);
		return new Notice(content(), this.id, author, at);
	}

	/**
	 * Changes a draft; the editor is recorded (four eyes: they may then not publish it).
	 */
	public void edit(NoticeContent content, String editor) {
		require(NoticeStatus.DRAFT);
		write(content);
		if (!this.editedBy.contains(editor)) {
			this.editedBy = new ArrayList<>(this.editedBy);
			this.editedBy.add(editor);
		}
	}

	/**
	 * Publishes a draft, unless the publisher wrote or edited it: a notice reaches many
	 * customers' inboxes, so another administrator publishes it (four eyes; the table's
	 * trigger refuses it too).
	 * @throws FourEyesRefusal with {@code notice.publish.ownDraft} or
	 * {@code notice.publish.editedDraft}
	 */
	public void publish(String by, Instant at) {
		require(NoticeStatus.DRAFT);
		VersionPublishing.fourEyes("notice.publish", this.writtenBy, this.editedBy, by).ifPresent((key) -> {
			throw new FourEyesRefusal(key);
		});
		this.status = NoticeStatus.PUBLISHED;
		this.publishedBy = by;
		this.publishedAt = at;
	}

	/**
	 * Withdraws a published notice; the reason is cut to {@value #REASON_LENGTH}
	 * characters.
	 */
	public void withdraw(String by, Instant at, String reason) {
		end(NoticeStatus.WITHDRAWN, by, at, reason);
	}

	/**
	 * Marks a published notice as replaced by its revision, just published. A notice
	 * withdrawn while its revision was being written stays withdrawn.
	 */
	public void supersede(Notice revision) {
		if (this.status == NoticeStatus.PUBLISHED) {
			end(NoticeStatus.SUPERSEDED, revision.publishedBy, revision.publishedAt, "#" + revision.id);
		}
	}

	/** Checks that the notice is still a draft nobody published, so it may be deleted. */
	public void checkDiscardable() {
		require(NoticeStatus.DRAFT);
	}

	/**
	 * Checks that the notice is still as someone saw it.
	 * @throws StaleEditException when it was saved since
	 */
	public void checkVersion(long seen) {
		if (this.version != seen) {
			throw new StaleEditException("Notice " + this.id);
		}
	}

	/** What the notice says. */
	public NoticeContent content() {
		return new NoticeContent(this.kind, this.titleZh, this.titleEn, this.bodyZh, this.bodyEn, this.metroLines,
				this.startsAt, this.endsAt, this.areas.stream().map(AreaOfNotice::area).toList());
	}

	private void end(NoticeStatus ended, String by, Instant at, String reason) {
		require(NoticeStatus.PUBLISHED);
		this.status = ended;
		this.withdrawnBy = by;
		this.withdrawnAt = at;
		this.withdrawReason = (reason != null && reason.length() > REASON_LENGTH) ? reason.substring(0, REASON_LENGTH)
				: reason;
	}

	private void write(NoticeContent content) {
		this.utility = content.kind().utility();
		this.kind = content.kind();
		this.titleZh = content.titleZh();
		this.titleEn = content.titleEn();
		this.bodyZh = content.bodyZh();
		this.bodyEn = content.bodyEn();
		this.metroLines = content.metroLines();
		this.startsAt = content.startsAt();
		this.endsAt = content.endsAt();
		this.areas.clear();
		content.areas().forEach((area) -> this.areas.add(new AreaOfNotice(area)));
	}

	private void require(NoticeStatus expected) {
		if (this.status != expected) {
			throw new StaleEditException("Notice " + this.id);
		}
	}

	/**
	 * What a notice says, as the form gives it.
	 *
	 * @param kind what it announces (and so its utility)
	 * @param titleZh title in Simplified Chinese
	 * @param titleEn title in English
	 * @param bodyZh text in Simplified Chinese, empty when none
	 * @param bodyEn text in English, empty when none
	 * @param metroLines lines and stations of a metro notice, else {@code null}
	 * @param startsAt when it begins
	 * @param endsAt when it is expected to end
	 * @param areas the areas of an electricity, water or gas notice, else empty
	 */
	public record NoticeContent(NoticeKind kind, String titleZh, String titleEn, String bodyZh, String bodyEn,
			String metroLines, Instant startsAt, Instant endsAt, List<NoticeArea> areas) {
	}

}
