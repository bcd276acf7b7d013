package org.utilityportal.casework.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Immutable;
import org.utilityportal.casework.EventKind;

/**
 * One entry of a case's history, owned by its {@link ServiceCase}. Append-only: Hibernate
 * never updates it and a database trigger refuses updates and deletes. Details longer
 * than 200 and texts longer than 4,000 characters are cut to fit.
 */
@Entity
@Table(name = "case_event")
@Immutable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class HistoryEntry extends OwnedByCase {

	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	@Column(name = "actor")
	private String actorUsername;

	private String actorName;

	private String actorWorkNumber;

	private boolean visible;

	private String detail;

	private String text;

	HistoryEntry(ServiceCase serviceCase, Instant at, EventKind kind, Actor actor, boolean visible, String detail,
			String text) {
		super(serviceCase);
		this.occurredAt = at;
		this.kind = kind;
		this.actorUsername = actor.username();
		this.actorName = actor.name();
		this.actorWorkNumber = actor.workNumber();
		this.visible = visible;
		this.detail = cut(detail, 200);
		this.text = cut((text != null) ? text.strip() : null, 4000);
	}

	private static String cut(String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length) : text;
	}

}
