package org.utilityportal.casework.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.OptimisticLock;
import org.utilityportal.calendar.Interval;
import org.utilityportal.casework.CaseStatus;
import org.utilityportal.casework.Channel;
import org.utilityportal.casework.ClockKind;
import org.utilityportal.casework.EscalationReason;
import org.utilityportal.casework.EventKind;
import org.utilityportal.casework.Grade;
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.ServiceCommitment;
import org.utilityportal.casework.SlaPolicyView;
import org.utilityportal.casework.Subject;
import org.utilityportal.casework.VisitMethod;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.domain.Utility;

/**
 * A complaint or service case: the aggregate root of its history, pauses, escalations and
 * return visits, which it owns and which are written through it. Its state changes only
 * through the methods below; each checks that it fits the case's status (else
 * {@link StaleEditException}: the page that asked was out of date), records what happened
 * in the append-only history and recomputes the clocks: the deadlines, the nearest one,
 * the warning point (a share of the limit, 80% by default) and when the escalation scan
 * must look next. The limits of the SLA policy are copied in at registration, so a later
 * policy change never moves a running case's deadlines.
 *
 * <p>
 * {@link #checkDeadlines} is the escalation scan's step. It changes the case like every
 * other method, but hands the history entries and escalations it makes back to the caller
 * instead of adding them to the case, so that the scan writes those of a whole batch of
 * cases in one statement each (see docs/DECISIONS.md, issue 16).
 */
@Entity
@Table(name = "service_case")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ServiceCase {

	/** Cases involving at least this much money go to tier 2 the same day. */
	public static final BigDecimal SAME_DAY_AMOUNT = new BigDecimal("10000.00");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_case_id")
	@SequenceGenerator(name = "service_case_id", sequenceName = "service_case_id_seq", allocationSize = 50)
	private Long id;

	private String number;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	private Nature nature;

	@Enumerated(EnumType.STRING)
	private Subject subject;

	@Enumerated(EnumType.STRING)
	private Utility utility;

	private Long customerId;

	private Long accountId;

	private String contactName;

	private String contactPhone;

	private Instant occurredAt;

	private String place;

	private String summary;

	private String details;

	private String staffWorkNumber;

	private int severity;

	private int impact;

	@Column(insertable = false, updatable = false)
	private Integer grade;

	private boolean sensitive;

	private BigDecimal amount;

	private Long ownerId;

	private String ownerWorkNumber;

	private long responsibleUnitId;

	private Long responsibleId;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	private int tier;

	private Instant tierEnteredAt;

	private int round;

	@Embedded
	private CaseLimits limits;

	private long calendarId;

	private Instant registeredAt;

	private Instant resolutionStartedAt;

	private Instant firstRepliedAt;

	private Instant resolvedAt;

	private Instant closedAt;

	private Instant firstReplyDueAt;

	private Instant resolutionDueAt;

	private boolean firstReplyLate;

	private boolean resolutionLate;

	private boolean returnVisitLate;

	private Instant dueAt;

	private Instant warnAt;

	private Instant warnedDueAt;

	private Instant nextCheckAt;

	private String finalReply;

	private Long repeatOfId;

	private Long recheckRequestId;

	private String createdBy;

	@Embedded
	private CaseCharges charges;

	private Long repeatChargedId;

	private Integer handlingMinutes;

	@Embedded
	private PlatformTicket platformTicket;

	@Version
	private long version;

	// A row added to any of these makes the case itself changed: its version moves with
	// every change, a note included. Rows are added without reading the others (Hibernate
	// queues the addition) and never removed (the tables are append-only).
	@Getter(AccessLevel.NONE)
	@OptimisticLock(excluded = false)
	@OneToMany(mappedBy = "serviceCase", cascade = CascadeType.PERSIST)
	@OrderBy("occurredAt, id")
	private List<HistoryEntry> history = new ArrayList<>();

	@Getter(AccessLevel.NONE)
	@OptimisticLock(excluded = false)
	@OneToMany(mappedBy = "serviceCase", cascade = CascadeType.PERSIST)
	@OrderBy("pausedAt")
	private List<CasePause> pauses = new ArrayList<>();

	@Getter(AccessLevel.NONE)
	@OptimisticLock(excluded = false)
	@OneToMany(mappedBy = "serviceCase", cascade = CascadeType.PERSIST)
	@OrderBy("escalatedAt, id")
	private List<CaseEscalation> escalations = new ArrayList<>();

	@Getter(AccessLevel.NONE)
	@OptimisticLock(excluded = false)
	@OneToMany(mappedBy = "serviceCase", cascade = CascadeType.PERSIST)
	@OrderBy("round")
	private List<ReturnVisit> visits = new ArrayList<>();

	@Getter(AccessLevel.NONE)
	@OptimisticLock(excluded = false)
	@OneToMany(mappedBy = "serviceCase", cascade = CascadeType.PERSIST)
	@OrderBy("repliedAt, id")
	private List<PlatformReply> platformReplies = new ArrayList<>();

	private ServiceCase(Registration r, Actor by, Instant now) {
		if (r.subject() == Subject.STAFF && r.staffWorkNumber() == null) {
			throw new IllegalArgumentException("A complaint about staff names them");
		}
		if (r.customerId() == null && r.contactPhone() == null) {
			throw new IllegalArgumentException("An anonymous case needs a contact phone");
		}
		requireLevels(r.severity(), r.impact());
		this.number = r.number();
		this.channel = r.channel();
		this.nature = r.nature();
		this.subject = r.subject();
		this.utility = r.utility();
		this.customerId = r.customerId();
		this.accountId = r.accountId();
		this.contactName = r.contactName();
		this.contactPhone = r.contactPhone();
		this.occurredAt = r.occurredAt();
		this.place = r.place();
		this.summary = r.summary();
		this.details = r.details();
		this.staffWorkNumber = (r.subject() == Subject.STAFF) ? r.staffWorkNumber() : null;
		this.severity = r.severity();
		this.impact = r.impact();
		this.sensitive = r.sensitive();
		this.amount = r.amount();
		this.ownerId = (r.owner() != null) ? Objects.requireNonNull(r.owner().userId()) : null;
		this.ownerWorkNumber = (r.owner() != null) ? r.owner().workNumber() : null;
		this.responsibleUnitId = r.responsibleUnitId();
		this.responsibleId = r.responsibleId();
		this.calendarId = r.calendarId();
		this.repeatOfId = r.repeatOfId();
		this.repeatChargedId = r.repeatChargedId();
		this.platformTicket = r.platformTicket();
		this.recheckRequestId = r.recheckRequestId();
		this.charges = CaseCharges.NONE;
		this.createdBy = by.username();
		this.status = CaseStatus.REGISTERED;
		this.tier = 1;
		this.tierEnteredAt = now;
		this.registeredAt = now;
		this.resolutionStartedAt = now;
	}

	/**
	 * Registers a case: the policy's limits (or a catalogue service's commitment) become
	 * its own; sensitive cases and cases involving {@link #SAME_DAY_AMOUNT} or more go to
	 * tier 2 at once.
	 * @param policy the SLA policy for its nature, subject and grade
	 * @param commitment a catalogue service's commitment replacing the policy's first
	 * reply and resolution limits, or {@code null}
	 * @param by who registered it (the customer online, or staff)
	 */
	public static ServiceCase register(Registration r, SlaPolicyView policy, ServiceCommitment commitment, Actor by,
			CaseTime time) {
		return register(r, policy, commitment, by, time, SAME_DAY_AMOUNT);
	}

	/**
	 * Registers a case, with the amount from which it goes to tier 2 at once in force now
	 * (the setting {@code SAME_DAY_AMOUNT} of the settings module;
	 * {@link #SAME_DAY_AMOUNT} is its default).
	 */
	public static ServiceCase register(Registration r, SlaPolicyView policy, ServiceCommitment commitment, Actor by,
			CaseTime time, BigDecimal sameDayAmount) {
		ServiceCase c = new ServiceCase(r, by, time.now());
		c.limits = (commitment != null) ? CaseLimits.of(policy).committedTo(commitment) : CaseLimits.of(policy);
		c.record(EventKind.REGISTERED, by, true, r.channel().name(), null, time.now(), null);
		if (r.owner() != null) {
			c.record(EventKind.OWNER_TAKEN, by, true, r.owner().workNumber(), null, time.now(), null);
		}
		if (r.repeatOfNumber() != null) {
			c.record(EventKind.REPEAT_LINKED, Actor.SYSTEM, false, r.repeatOfNumber(), null, time.now(), null);
		}
		if (c.sensitive || (c.amount != null && c.amount.compareTo(sameDayAmount) >= 0)) {
			c.escalate(2, EscalationReason.SAME_DAY, time.now(), Actor.SYSTEM, null, time.now(), null);
		}
		c.refreshClocks(time);
		return c;
	}

	/**
	 * The case as the escalation scan reads it ({@link DueCase}: its clocks and what a
	 * breach needs to charge and route it), for {@link #checkDeadlines} only. Not managed
	 * by JPA and never saved through it: the scan writes what the look changed and made
	 * with {@link EscalationScanWriter}, each row guarded by the version read. The scan
	 * builds these instead of loading the whole aggregates, whose loading took most of a
	 * large scan's time; the rules stay the aggregate's own (docs/DECISIONS.md, issue
	 * 14).
	 */
	public static ServiceCase dueForScan(DueCase due) {
		ServiceCase c = new ServiceCase();
		c.id = due.id();
		c.version = due.version();
		c.number = due.number();
		c.summary = due.summary();
		c.status = due.status();
		c.tier = due.tier();
		c.tierEnteredAt = due.tierEnteredAt();
		c.round = due.round();
		c.calendarId = due.calendarId();
		c.limits = due.limits();
		c.registeredAt = due.registeredAt();
		c.resolutionStartedAt = due.resolutionStartedAt();
		c.firstRepliedAt = due.firstRepliedAt();
		c.resolvedAt = due.resolvedAt();
		c.firstReplyDueAt = due.firstReplyDueAt();
		c.resolutionDueAt = due.resolutionDueAt();
		c.firstReplyLate = due.firstReplyLate();
		c.resolutionLate = due.resolutionLate();
		c.returnVisitLate = due.returnVisitLate();
		c.dueAt = due.dueAt();
		c.warnAt = due.warnAt();
		c.warnedDueAt = due.warnedDueAt();
		c.nextCheckAt = due.nextCheckAt();
		c.ownerId = due.ownerId();
		c.responsibleUnitId = due.responsibleUnitId();
		c.responsibleId = due.responsibleId();
		c.charges = due.charges();
		c.platformTicket = due.platformTicket();
		for (Interval paused : due.pauses()) {
			CasePause pause = new CasePause(c, paused.from());
			if (paused.to() != null) {
				pause.end(paused.to());
			}
			c.pauses.add(pause);
		}
		return c;
	}

	/** A member of staff becomes the owner of an open case raised online. */
	public void takeOwnership(Actor staff, CaseTime time) {
		if (this.ownerId != null || !this.status.isOpen()) {
			throw refused("take");
		}
		own(staff, time.now());
	}

	/** The first reply to the customer (taking the case if unowned); then in progress. */
	public void firstReply(String text, Actor staff, CaseTime time) {
		requireStatus("reply to", CaseStatus.REGISTERED);
		if (this.ownerId == null) {
			own(staff, time.now());
		}
		markReplied(time.now());
		this.status = CaseStatus.IN_PROGRESS;
		record(EventKind.FIRST_REPLY, staff, true, null, text, time.now(), null);
		refreshClocks(time);
	}

	/**
	 * Hands the substance to a team and, optionally, a person.
	 * @param description the team (and person) as the history shows them
	 */
	public void assign(long unitId, Long personId, String description, Actor by, CaseTime time) {
		requireStatus("assign", CaseStatus.OPEN.toArray(CaseStatus[]::new));
		this.responsibleUnitId = unitId;
		this.responsibleId = personId;
		record(EventKind.ASSIGNED, by, false, description, null, time.now(), null);
	}

	/** An internal note. */
	public void note(String text, Actor by, CaseTime time) {
		record(EventKind.NOTE, by, false, null, text, time.now(), null);
	}

	/**
	 * Asks the customer for something: the clocks stop until they answer or staff resume.
	 */
	public void waitForCustomer(String text, Actor staff, CaseTime time) {
		requireStatus("wait", CaseStatus.REGISTERED, CaseStatus.IN_PROGRESS);
		if (this.firstRepliedAt == null) {
			markReplied(time.now());
		}
		this.pauses.add(new CasePause(this, time.now()));
		this.status = CaseStatus.WAITING_CUSTOMER;
		record(EventKind.WAITING, staff, true, null, text, time.now(), null);
		refreshClocks(time);
	}

	/** Starts the clocks again without an answer from the customer. */
	public void resume(Actor staff, CaseTime time) {
		requireStatus("resume", CaseStatus.WAITING_CUSTOMER);
		endPause(time.now());
		record(EventKind.RESUMED, staff, true, null, null, time.now(), null);
		refreshClocks(time);
	}

	/**
	 * The customer adds information (resuming a case that waits for them), or staff add a
	 * comment; not on a closed case.
	 */
	public void addInformation(String text, Actor by, boolean byCustomer, CaseTime time) {
		if (this.status == CaseStatus.CLOSED) {
			throw refused("add to");
		}
		record(byCustomer ? EventKind.CUSTOMER_INFO : EventKind.COMMENT, by, byCustomer, null, text, time.now(), null);
		if (byCustomer && this.status == CaseStatus.WAITING_CUSTOMER) {
			endPause(time.now());
			record(EventKind.RESUMED, by, true, null, null, time.now(), null);
			refreshClocks(time);
		}
	}

	/**
	 * The final reply (taking the case if unowned): the case is resolved and its return
	 * visit clock starts. A resolution after its deadline is late even if the scan has
	 * not looked yet.
	 * @throws IllegalArgumentException without a reply
	 */
	public void resolve(String reply, Actor staff, CaseTime time) {
		requireStatus("resolve", CaseStatus.OPEN.toArray(CaseStatus[]::new));
		if (reply == null || reply.isBlank()) {
			throw new IllegalArgumentException("A case is resolved with its final reply");
		}
		Instant now = time.now();
		if (this.ownerId == null) {
			own(staff, now);
		}
		if (this.status == CaseStatus.WAITING_CUSTOMER) {
			endPause(now);
		}
		if (this.firstRepliedAt == null) {
			markReplied(now);
		}
		if (this.resolutionDueAt != null && now.isAfter(this.resolutionDueAt)) {
			this.resolutionLate = true;
		}
		chargeResolution();
		this.handlingMinutes = (int) time.countingFor(this)
			.of(ClockKind.RESOLUTION)
			.counted(this.resolutionStartedAt, now, pauseIntervals())
			.toMinutes();
		this.resolvedAt = now;
		this.finalReply = reply.strip();
		this.status = CaseStatus.RESOLVED;
		record(EventKind.RESOLVED, staff, true, null, reply, now, null);
		refreshClocks(time);
	}

	/**
	 * The return visit of a resolved case. An overall rating of 1 or 2 reopens it: a new
	 * round with a new resolution clock, at tier 2 at least; otherwise it is closed.
	 * @return whether the case was reopened
	 */
	public boolean recordVisit(VisitMethod method, ReturnVisit.Ratings ratings, String remark, Actor by,
			CaseTime time) {
		requireStatus("visit", CaseStatus.RESOLVED);
		Instant now = time.now();
		CaseCharges charged = charges();
		Long person = charged.resolutionCharged() ? charged.resolutionChargedId() : handler();
		long unit = charged.resolutionCharged() ? charged.resolutionChargedUnitId() : this.responsibleUnitId;
		this.visits.add(new ReturnVisit(this, method, ratings, remark, now, by.username(), person, unit));
		record(EventKind.VISITED, by, true, method.name() + ":" + ratings.overall(), remark, now, null);
		boolean reopen = ratings.overall() <= 2;
		if (reopen) {
			this.round++;
			this.status = CaseStatus.IN_PROGRESS;
			this.resolvedAt = null;
			this.finalReply = null;
			this.resolutionStartedAt = now;
			this.resolutionLate = false;
			this.returnVisitLate = false;
			this.charges = charged.resolutionCleared();
			this.warnedDueAt = null;
			record(EventKind.REOPENED, by, true, null, null, now, null);
			escalate(Math.max(2, this.tier), EscalationReason.REOPENED, now, by, remark, now, null);
		}
		else {
			this.status = CaseStatus.CLOSED;
			this.closedAt = now;
			record(EventKind.CLOSED, by, true, null, null, now, null);
		}
		refreshClocks(time);
		return reopen;
	}

	/** A supervisor chases (催办) the people handling an open case. */
	public void chase(String text, Actor supervisor, CaseTime time) {
		requireStatus("chase", CaseStatus.OPEN.toArray(CaseStatus[]::new));
		record(EventKind.CHASED, supervisor, false, null, text, time.now(), null);
	}

	/** A supervisor raises an open case one tier (up to 4). */
	public void escalateByHand(String text, Actor supervisor, CaseTime time) {
		requireStatus("escalate", CaseStatus.OPEN.toArray(CaseStatus[]::new));
		if (this.tier >= 4) {
			throw refused("escalate");
		}
		escalate(this.tier + 1, EscalationReason.MANUAL, time.now(), supervisor, text, time.now(), null);
		refreshClocks(time);
	}

	/**
	 * Gives an open case a new severity and impact, and the limits of the policy for the
	 * new grade. The running clocks keep their start and are measured again; a deadline
	 * already missed stays missed.
	 * @param policy the policy that matches the new grade
	 * @return the change, e.g. {@code 1×1=1 C → 3×3=9 A}
	 */
	public String regrade(int severity, int impact, SlaPolicyView policy, String reason, Actor by, CaseTime time) {
		requireLevels(severity, impact);
		if (!this.status.isOpen() || (this.severity == severity && this.impact == impact)) {
			throw refused("regrade");
		}
		String change = gradeText(this.severity, this.impact) + " → " + gradeText(severity, impact);
		this.severity = severity;
		this.impact = impact;
		this.limits = CaseLimits.of(policy);
		record(EventKind.REGRADED, by, false, change, reason, time.now(), null);
		refreshClocks(time);
		return change;
	}

	/** Recomputes the deadlines after the calendar the case counts on changed. */
	public void recountClocks(CaseTime time) {
		refreshClocks(time);
	}

	/**
	 * The escalation scan's look at the case: handles every deadline that has passed, in
	 * order (lateness, escalation to the next tier, or a reminder to the people
	 * concerned), then a warning that is due. At most twelve deadlines a look.
	 * @return what happened, with the history entries and escalations made, which are not
	 * added to the case: the caller writes them
	 */
	public DeadlineCheck checkDeadlines(CaseTime time) {
		DeadlineCheck check = new DeadlineCheck();
		CaseCounting counting = time.countingFor(this);
		List<Interval> paused = pauseIntervals();
		Instant now = time.now();
		for (int guard = 0; guard < 12; guard++) {
			refreshClocks(counting, paused);
			if (this.dueAt == null || this.dueAt.isAfter(now)) {
				break;
			}
			Optional<RunningClock> breached = RunningClock.of(this, counting, paused)
				.stream()
				.filter((clock) -> clock.due().isPresent() && !clock.due().get().isAfter(now))
				.min(Comparator.comparing((RunningClock clock) -> clock.due().get()));
			if (breached.isEmpty()) {
				break;
			}
			breach(breached.get().kind(), breached.get().due().get(), now, check);
		}
		refreshClocks(counting, paused);
		if (this.warnAt != null && this.dueAt != null && !now.isBefore(this.warnAt) && now.isBefore(this.dueAt)
				&& !Objects.equals(this.warnedDueAt, this.dueAt)) {
			record(EventKind.WARNING, Actor.SYSTEM, false, MINUTES.format(this.dueAt.atZone(time.zone())), null, now,
					check);
			this.warnedDueAt = this.dueAt;
			check.warnedDue = this.dueAt;
			refreshClocks(counting, paused);
		}
		return check;
	}

	/**
	 * Who gave the final reply of the current round (sign-in name), {@code null} while it
	 * has none.
	 */
	public String resolvedBy() {
		if (this.resolvedAt == null) {
			return null;
		}
		for (int i = this.history.size() - 1; i >= 0; i--) {
			if (this.history.get(i).getKind() == EventKind.RESOLVED) {
				return this.history.get(i).getActorUsername();
			}
		}
		return null;
	}

	/** The history, oldest first. */
	public List<HistoryEntry> getHistory() {
		return Collections.unmodifiableList(this.history);
	}

	/** The times the case waited for the customer, oldest first. */
	public List<CasePause> getPauses() {
		return Collections.unmodifiableList(this.pauses);
	}

	/** The escalations, oldest first. */
	public List<CaseEscalation> getEscalations() {
		return Collections.unmodifiableList(this.escalations);
	}

	/** The return visits, one per round. */
	public List<ReturnVisit> getVisits() {
		return Collections.unmodifiableList(this.visits);
	}

	/** The pauses as intervals the clocks do not count. */
	public List<Interval> pauseIntervals() {
		return this.pauses.stream().map(CasePause::interval).toList();
	}

	/** The grade, severity × impact (also before the row is read back). */
	public int gradeValue() {
		return this.severity * this.impact;
	}

	/** Whether its resolution, tier and return visit clocks count day and night. */
	public boolean isAllHours() {
		return this.limits.allHours();
	}

	/** Whether its first reply counts day and night. */
	public boolean isFirstReplyAllHours() {
		return this.limits.firstReplyAllHours();
	}

	/**
	 * A resolution deadline with the platform's deadline applied: the earlier wins, and
	 * the platform's holds while the case waits for the customer (the platform's clock
	 * does not stop). First round only.
	 */
	Optional<Instant> platformCapped(Optional<Instant> due) {
		if (this.platformTicket == null || this.platformTicket.dueAt() == null || this.round > 0) {
			return due;
		}
		Instant platformDue = this.platformTicket.dueAt();
		return Optional.of(due.filter((own) -> own.isBefore(platformDue)).orElse(platformDue));
	}

	/**
	 * Records a reply sent back to the platform the case came from (text, time, who).
	 * @throws StaleEditException when the case did not come from a platform
	 */
	public void replyToPlatform(String text, Actor staff, CaseTime time) {
		if (this.platformTicket == null || text == null || text.isBlank()) {
			throw refused("reply to the platform");
		}
		this.platformReplies.add(new PlatformReply(this, text.strip(), staff, time.now()));
		record(EventKind.PLATFORM_REPLY, staff, false, this.platformTicket.platform().name(), text, time.now(), null);
	}

	/** The replies sent back to the platform, oldest first. */
	public List<PlatformReply> getPlatformReplies() {
		return Collections.unmodifiableList(this.platformReplies);
	}

	/** "2×3=6 A": severity × impact = grade and its band. */
	public static String gradeText(int severity, int impact) {
		int grade = severity * impact;
		return severity + "×" + impact + "=" + grade + " " + Grade.band(grade);
	}

	private void breach(ClockKind kind, Instant due, Instant now, DeadlineCheck check) {
		check.breaches++;
		switch (kind) {
			case FIRST_REPLY -> {
				this.firstReplyLate = true;
				chargeFirstReply();
			}
			case RESOLUTION -> {
				this.resolutionLate = true;
				chargeResolution();
			}
			case RETURN_VISIT -> this.returnVisitLate = true;
			case TIER -> {
			}
		}
		record(EventKind.BREACH, Actor.SYSTEM, false, kind.name() + ((kind == ClockKind.TIER) ? ":" + this.tier : ""),
				null, now, check);
		if ((kind == ClockKind.FIRST_REPLY || kind == ClockKind.RESOLUTION) && this.tier == 1) {
			escalate(2, EscalationReason.BREACH, due, Actor.SYSTEM, null, now, check);
			return;
		}
		if (kind == ClockKind.TIER && this.tier < 4) {
			escalate(this.tier + 1, EscalationReason.BREACH, due, Actor.SYSTEM, null, now, check);
			return;
		}
		// Late at the top tier, late first reply or resolution above tier 1, late return
		// visit: the people concerned are reminded. The top tier's reminder period starts
		// again from this reminder, so a case long overdue (after the portal was down) is
		// reminded once, not once for every period missed.
		if (kind == ClockKind.TIER) {
			this.tierEnteredAt = now.isAfter(due) ? now : due;
		}
		check.missed.add(new DeadlineCheck.Missed(kind, due, Math.max(2, this.tier)));
	}

	/**
	 * Raises the case to a tier: above the current one, or at the start of a new round (a
	 * reopened case) to the current one. Once per round and tier: the tier never goes
	 * down within a round (and the database's unique key guards it too).
	 */
	private void escalate(int toTier, EscalationReason reason, Instant at, Actor by, String text, Instant now,
			DeadlineCheck batch) {
		boolean allowed = toTier > this.tier || (reason == EscalationReason.REOPENED && toTier == this.tier);
		if (!allowed || toTier < 2 || toTier > 4) {
			throw refused("escalate");
		}
		CaseEscalation escalation = new CaseEscalation(this, this.round, toTier, reason, at, by.username());
		if (batch != null) {
			batch.escalations.add(escalation);
		}
		else {
			this.escalations.add(escalation);
		}
		this.tier = toTier;
		this.tierEnteredAt = at;
		record(EventKind.ESCALATED, by, true, "tier:" + toTier + " " + reason.name(), text, now, batch);
	}

	private void record(EventKind kind, Actor by, boolean visible, String detail, String text, Instant at,
			DeadlineCheck batch) {
		HistoryEntry entry = new HistoryEntry(this, at, kind, by, visible, detail, text);
		if (batch != null) {
			batch.entries.add(entry);
		}
		else {
			this.history.add(entry);
		}
	}

	private void own(Actor staff, Instant at) {
		this.ownerId = Objects.requireNonNull(staff.userId(), "An owner is a member of staff");
		this.ownerWorkNumber = staff.workNumber();
		record(EventKind.OWNER_TAKEN, staff, true, staff.workNumber(), null, at, null);
	}

	private void markReplied(Instant now) {
		this.firstRepliedAt = now;
		if (this.firstReplyDueAt != null && now.isAfter(this.firstReplyDueAt)) {
			this.firstReplyLate = true;
		}
		chargeFirstReply();
	}

	/**
	 * The person handling the case now: the responsible person, else the first-contact
	 * owner; {@code null} when neither is named.
	 */
	public Long handler() {
		return (this.responsibleId != null) ? this.responsibleId : this.ownerId;
	}

	/** Whom the first reply and resolution count for (empty until their clocks stop). */
	public CaseCharges charges() {
		return (this.charges != null) ? this.charges : CaseCharges.NONE;
	}

	/**
	 * The first reply counts for whoever is responsible now, unless it already counts.
	 */
	private void chargeFirstReply() {
		if (!charges().firstReplyCharged()) {
			this.charges = charges().firstReply(handler(), this.responsibleUnitId);
		}
	}

	/** The resolution counts for whoever is responsible now, unless it already counts. */
	private void chargeResolution() {
		if (!charges().resolutionCharged()) {
			this.charges = charges().resolution(handler(), this.responsibleUnitId);
		}
	}

	private void endPause(Instant now) {
		this.pauses.stream().filter(CasePause::isOpen).forEach((pause) -> pause.end(now));
		this.status = (this.firstRepliedAt != null) ? CaseStatus.IN_PROGRESS : CaseStatus.REGISTERED;
	}

	private void refreshClocks(CaseTime time) {
		refreshClocks(time.countingFor(this), pauseIntervals());
	}

	/**
	 * The deadlines, the nearest due instant, the warning point and the next check, from
	 * the start times, limits and pauses. A deadline already missed is kept as it was.
	 */
	private void refreshClocks(CaseCounting time, List<Interval> paused) {
		if (this.firstRepliedAt == null && !this.firstReplyLate) {
			this.firstReplyDueAt = time.firstReply()
				.deadline(this.registeredAt, minutes(this.limits.firstReplyMinutes()), paused)
				.orElse(null);
		}
		if (this.resolvedAt == null && !this.resolutionLate) {
			this.resolutionDueAt = platformCapped(
					time.others().deadline(this.resolutionStartedAt, minutes(this.limits.resolutionMinutes()), paused))
				.orElse(null);
		}
		Optional<RunningClock> nearest = RunningClock.of(this, time, paused)
			.stream()
			.filter((clock) -> clock.due().isPresent())
			.min(Comparator.comparing((RunningClock clock) -> clock.due().get()));
		if (nearest.isEmpty()) {
			this.dueAt = null;
			this.warnAt = null;
			this.nextCheckAt = null;
			return;
		}
		RunningClock first = nearest.get();
		Instant due = first.due().get();
		Duration warning = first.limit().multipliedBy(this.limits.warningPercent()).dividedBy(100);
		Instant warnPoint = first.counting().deadline(first.start(), warning, first.pauses()).orElse(due);
		if (!warnPoint.isBefore(due) && first.start().isBefore(due)) {
			// An earlier deadline than the limit's (a platform's): warn at the same share
			// of
			// the time it leaves.
			warnPoint = first.start()
				.plus(Duration.between(first.start(), due).multipliedBy(this.limits.warningPercent()).dividedBy(100));
		}
		this.dueAt = due;
		this.warnAt = warnPoint;
		this.nextCheckAt = (Objects.equals(this.warnedDueAt, due) || !warnPoint.isBefore(due)) ? due : warnPoint;
	}

	private void requireStatus(String action, CaseStatus... allowed) {
		if (!List.of(allowed).contains(this.status)) {
			throw refused(action);
		}
	}

	private StaleEditException refused(String action) {
		return new StaleEditException(
				"Case " + this.number + " (" + this.status + ", tier " + this.tier + ", cannot " + action + ")");
	}

	private static void requireLevels(int severity, int impact) {
		if (severity < 1 || severity > 3 || impact < 1 || impact > 3) {
			throw new IllegalArgumentException("Severity and impact are 1-3");
		}
	}

	private static Duration minutes(int minutes) {
		return Duration.ofMinutes(minutes);
	}

}
