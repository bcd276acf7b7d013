package org.utilityportal.quality;

import java.time.Clock;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.quality.internal.ScoreItem;
import org.utilityportal.quality.internal.Scorecard;
import org.utilityportal.quality.internal.ScorecardRepository;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Scorecards in versions, one in use per kind of inspection. Administrators draft the
 * next version (a copy of the one in use, changed) and publish it: from then on new
 * inspections are scored on it, and the inspections already scored keep theirs.
 */
@Service
@RequiredArgsConstructor
public class Scorecards {

	private final ScorecardRepository cards;

	private final Clock clock;

	/** Every version, by kind, newest first. */
	@Transactional(readOnly = true)
	public List<ScorecardView> all() {
		return this.cards.findAllInOrder().stream().map(Scorecards::view).toList();
	}

	/** One version. */
	@Transactional(readOnly = true)
	public ScorecardView byId(long id) {
		return this.cards.findById(id).map(Scorecards::view).orElseThrow(() -> new NotFoundException("Scorecard"));
	}

	/** The card in use for a kind. */
	@Transactional(readOnly = true)
	public ScorecardView inUse(InspectionKind kind) {
		return this.cards.findByKindAndStatus(kind, ScorecardStatus.PUBLISHED)
			.map(Scorecards::view)
			.orElseThrow(() -> new NotFoundException("Scorecard " + kind));
	}

	/**
	 * Saves the draft of a kind's next version (made on first save, replaced after).
	 * @throws IllegalArgumentException without items, or with two items of one code
	 * @return the draft's id
	 */
	@Transactional
	public long saveDraft(InspectionKind kind, String nameZh, String nameEn, List<ScorecardView.Item> items,
			PortalPrincipal admin) {
		List<ScoreItem> rows = items.stream()
			.map((item) -> new ScoreItem(item.groupCode(), item.code(), item.textZh(), item.textEn(), item.points()))
			.toList();
		Scorecard draft = this.cards.findByKindAndStatus(kind, ScorecardStatus.DRAFT).orElse(null);
		if (draft == null) {
			draft = this.cards.save(new Scorecard(kind, this.cards.lastVersion(kind) + 1, nameZh, nameEn, rows,
					admin.username(), this.clock.instant()));
		}
		else {
			draft.replace(nameZh, nameEn, rows);
		}
		this.cards.flush();
		return draft.getId();
	}

	/**
	 * Publishes a draft; the version in use before it is retired.
	 * @throws StaleEditException when it is not a draft any more or changed since
	 */
	@Transactional
	public void publish(long id, long rowVersion, PortalPrincipal admin) {
		Scorecard draft = this.cards.findById(id).orElseThrow(() -> new NotFoundException("Scorecard"));
		if (draft.getRowVersion() != rowVersion) {
			throw new StaleEditException("Scorecard " + id);
		}
		this.cards.findByKindAndStatus(draft.getKind(), ScorecardStatus.PUBLISHED).ifPresent((current) -> {
			current.retire();
			this.cards.flush();
		});
		draft.publish(admin.username(), this.clock.instant());
		this.cards.flush();
	}

	static ScorecardView view(Scorecard card) {
		return new ScorecardView(card.getId(), card.getKind(), card.getVersion(), card.getStatus(), card.getNameZh(),
				card.getNameEn(),
				card.getItems()
					.stream()
					.map((item) -> new ScorecardView.Item(item.groupCode(), item.code(), item.textZh(), item.textEn(),
							item.points()))
					.toList(),
				card.getPublishedBy(), card.getPublishedAt(), card.getRowVersion());
	}

}
