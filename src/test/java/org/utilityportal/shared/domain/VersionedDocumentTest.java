package org.utilityportal.shared.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.utilityportal.shared.security.Role;
import org.utilityportal.support.TestPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The life of every versioned price document: edited only as a draft, published by
 * another officer after the rules and the content's own check, never changed afterwards.
 */
class VersionedDocumentTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

	private static final TestPrincipal ADMIN2 = new TestPrincipal(2, "admin2", "admin2", Role.ADMIN, "90002", null,
			false);

	@Test
	void aDraftIsEditedThenPublishedByAnotherOfficerAndNeverChangesAgain() {
		Priced draft = new Priced(dates(TODAY.plusDays(3)), "admin1", "3.00");
		draft.edit(dates(TODAY.plusDays(5)), "3.20");

		assertThat(draft.publish("p", ADMIN2, TODAY, (day) -> false, NOW)).isEmpty();
		assertThat(draft.isPublished()).isTrue();
		assertThat(draft.getPublishedBy()).isEqualTo("admin2");
		assertThat(draft.getEffectiveFrom()).isEqualTo(TODAY.plusDays(5));
		assertThat(draft.price).isEqualTo("3.20");
		assertThatExceptionOfType(StaleEditException.class).isThrownBy(() -> draft.edit(dates(TODAY), "9.99"));
		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> draft.publish("p", ADMIN2, TODAY, (day) -> false, NOW));
		assertThat(draft.price).isEqualTo("3.20");
	}

	@Test
	void theRulesComeBeforeTheContentAndARefusalChangesNothing() {
		Priced own = new Priced(dates(TODAY), "admin2", "");
		assertThat(own.publish("p", ADMIN2, TODAY, (day) -> false, NOW)).contains("p.ownDraft");

		Priced incomplete = new Priced(dates(TODAY), "admin1", "");
		assertThat(incomplete.publish("p", ADMIN2, TODAY, (day) -> false, NOW)).contains("p.incomplete");
		assertThat(incomplete.isPublished()).isFalse();
		assertThat(incomplete.getPublishedBy()).isNull();
	}

	@Test
	void anOfficerWhoEditedTheDraftCannotPublishItAndIsRecordedOnce() {
		Priced draft = new Priced(dates(TODAY.plusDays(3)), "admin1", "3.00");
		draft.editAs("admin2", "3.10");
		draft.editAs("admin2", "3.15");

		assertThat(draft.getEditedBy()).containsExactly("admin2");
		assertThat(draft.publish("p", ADMIN2, TODAY, (day) -> false, NOW)).contains("p.editedDraft");
		assertThat(draft.isPublished()).isFalse();
	}

	@Test
	void aFormFromAnotherVersionIsStale() {
		Priced draft = new Priced(dates(TODAY), "admin1", "3.00");
		assertThatExceptionOfType(StaleEditException.class).isThrownBy(() -> draft.checkDraft(1));
	}

	private static VersionedDocument.Dates dates(LocalDate from) {
		return new VersionedDocument.Dates(from, " 京发改〔2026〕1号 ", TODAY.minusDays(10));
	}

	/** A document with one price, incomplete while the price is empty. */
	static final class Priced extends VersionedDocument {

		private String price;

		Priced(Dates dates, String author, String price) {
			super(dates, author, NOW);
			this.price = price;
		}

		void edit(Dates dates, String newPrice) {
			edit(dates, "admin1", () -> this.price = newPrice);
		}

		void editAs(String editor, String newPrice) {
			edit(getDates(), editor, () -> this.price = newPrice);
		}

		private Dates getDates() {
			return new Dates(getEffectiveFrom(), getDocumentNumber(), getDocumentDate());
		}

		@Override
		protected Optional<String> contentProblem(String messagePrefix) {
			return this.price.isEmpty() ? Optional.of(messagePrefix + ".incomplete") : Optional.empty();
		}

	}

}
