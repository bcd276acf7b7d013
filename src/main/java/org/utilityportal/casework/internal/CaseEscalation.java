package org.utilityportal.casework.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Immutable;
import org.utilityportal.casework.EscalationReason;

/**
 * A case raised to a tier (2–4), owned by its {@link ServiceCase}: at most one per case,
 * round and tier (a unique key), append-only (a trigger refuses changes).
 */
@Entity
@Table(name = "case_escalation")
@Immutable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CaseEscalation extends OwnedByCase {

	private int round;

	private int tier;

	@Enumerated(EnumType.STRING)
	private EscalationReason reason;

	private Instant escalatedAt;

	private String escalatedBy;

	CaseEscalation(ServiceCase serviceCase, int round, int tier, EscalationReason reason, Instant at, String by) {
		super(serviceCase);
		this.round = round;
		this.tier = tier;
		this.reason = reason;
		this.escalatedAt = at;
		this.escalatedBy = by;
	}

}
