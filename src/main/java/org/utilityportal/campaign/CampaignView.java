package org.utilityportal.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.utilityportal.quality.ActionView;

/**
 * A campaign with its phases, tasks, result and rectification items.
 *
 * @param id its id
 * @param titleZh Chinese title
 * @param titleEn English title
 * @param phases the phases in order
 * @param tasks the tasks
 * @param result the questionnaires' and evaluators' result so far
 * @param rectification its rectification items (corrective actions)
 * @param summaryZh the published summary (Chinese), or {@code null}
 * @param summaryEn the published summary (English), or {@code null}
 * @param publishedAt when the result was published, or {@code null}
 * @param version optimistic-locking version
 */
public record CampaignView(long id, String titleZh, String titleEn, List<Phase> phases, List<Task> tasks,
		CampaignResult result, List<ActionView> rectification, String summaryZh, String summaryEn, Instant publishedAt,
		long version) {

	/** The title in a language. */
	public String title(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.titleEn : this.titleZh;
	}

	/** The summary in a language. */
	public String summary(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.summaryEn : this.summaryZh;
	}

	/** Whether the result is published. */
	public boolean published() {
		return this.publishedAt != null;
	}

	/** Rectification items done. */
	public long rectified() {
		return this.rectification.stream().filter((a) -> a.status().name().equals("DONE")).count();
	}

	/** The tasks of a phase. */
	public List<Task> tasksOf(CampaignPhase phase) {
		return this.tasks.stream().filter((t) -> t.phase() == phase).toList();
	}

	/**
	 * A phase.
	 *
	 * @param phase which
	 * @param startsOn first day
	 * @param endsOn last day
	 * @param current whether today falls in it
	 */
	public record Phase(CampaignPhase phase, LocalDate startsOn, LocalDate endsOn, boolean current) {
	}

	/**
	 * A task.
	 *
	 * @param id its id
	 * @param phase its phase
	 * @param title what
	 * @param doneAt when done, or {@code null}
	 * @param doneBy who
	 */
	public record Task(long id, CampaignPhase phase, String title, Instant doneAt, String doneBy) {
	}

}
