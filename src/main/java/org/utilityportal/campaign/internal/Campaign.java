package org.utilityportal.campaign.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.OptimisticLock;
import org.utilityportal.campaign.CampaignPhase;
import org.utilityportal.shared.domain.StaleEditException;

/**
 * A 行风评议 campaign: its five phases with their days, in order, and the tasks of each
 * phase. It is run (tasks added and done, questionnaires and scores recorded) until its
 * result is published with a summary in both languages; a published campaign is closed
 * and never changes.
 */
@Entity
@Table(name = "campaign")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Campaign {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String titleZh;

	private String titleEn;

	private String summaryZh;

	private String summaryEn;

	private String publishedBy;

	private Instant publishedAt;

	private String createdBy;

	private Instant createdAt;

	@Version
	private long version;

	@Getter(AccessLevel.NONE)
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "campaign_phase", joinColumns = @JoinColumn(name = "campaign_id"))
	private List<PhaseDates> phases = new ArrayList<>();

	@Getter(AccessLevel.NONE)
	@OptimisticLock(excluded = false)
	@OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL)
	@OrderBy("id")
	private List<CampaignTask> tasks = new ArrayList<>();

	/**
	 * A campaign with its five phases, each starting no earlier than the one before.
	 * @throws IllegalArgumentException when a phase is missing or out of order
	 */
	public Campaign(String titleZh, String titleEn, List<PhaseDates> phases, String by, Instant at) {
		List<PhaseDates> ordered = phases.stream().sorted(Comparator.comparing(PhaseDates::phase)).toList();
		if (!ordered.stream().map(PhaseDates::phase).toList().equals(Arrays.asList(CampaignPhase.values()))) {
			throw new IllegalArgumentException("A campaign has the five phases");
		}
		for (int i = 1; i < ordered.size(); i++) {
			if (ordered.get(i).startsOn().isBefore(ordered.get(i - 1).startsOn())) {
				throw new IllegalArgumentException("Phases follow each other");
			}
		}
		this.titleZh = titleZh;
		this.titleEn = titleEn;
		this.phases.addAll(ordered);
		this.createdBy = by;
		this.createdAt = at;
	}

	/** Adds a task to a phase. */
	public void addTask(CampaignPhase phase, String title) {
		requireOpen("add a task");
		this.tasks.add(new CampaignTask(this, phase, title));
	}

	/** A task is done (once). */
	public void completeTask(long taskId, String by, Instant at) {
		requireOpen("complete a task");
		CampaignTask task = this.tasks.stream()
			.filter((t) -> t.getId() == taskId && !t.isDone())
			.findFirst()
			.orElseThrow(() -> new StaleEditException("Campaign task " + taskId));
		task.done(by, at);
	}

	/**
	 * Publishes the result with its summary; the campaign is then closed.
	 * @throws IllegalArgumentException without a summary in both languages
	 */
	public void publish(String summaryZh, String summaryEn, String by, Instant at) {
		requireOpen("publish");
		if (summaryZh == null || summaryZh.isBlank() || summaryEn == null || summaryEn.isBlank()) {
			throw new IllegalArgumentException("A published result has its summary");
		}
		this.summaryZh = summaryZh;
		this.summaryEn = summaryEn;
		this.publishedBy = by;
		this.publishedAt = at;
	}

	/** Whether its result is published (it is closed). */
	public boolean isPublished() {
		return this.publishedAt != null;
	}

	/**
	 * Refuses recording on a published campaign.
	 * @throws StaleEditException once published
	 */
	public void requireOpen(String action) {
		if (isPublished()) {
			throw new StaleEditException("Campaign " + this.id + " is published (cannot " + action + ")");
		}
	}

	/** The phases in order. */
	public List<PhaseDates> getPhases() {
		return this.phases.stream().sorted(Comparator.comparing(PhaseDates::phase)).toList();
	}

	/** The tasks in the order they were added. */
	public List<CampaignTask> getTasks() {
		return Collections.unmodifiableList(this.tasks);
	}

	/** The phase a day falls in, if any. */
	public Optional<CampaignPhase> phaseOn(LocalDate day) {
		return getPhases().stream().filter((p) -> p.contains(day)).map(PhaseDates::phase).findFirst();
	}

}
