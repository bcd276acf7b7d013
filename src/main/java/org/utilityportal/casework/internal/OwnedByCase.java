package org.utilityportal.casework.internal;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A row a {@link ServiceCase} owns (a history entry, a pause, an escalation, a return
 * visit): made by the case, written with it, and never moved to another case.
 */
@MappedSuperclass
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class OwnedByCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "case_id", updatable = false)
	private ServiceCase serviceCase;

	protected OwnedByCase(ServiceCase serviceCase) {
		this.serviceCase = serviceCase;
	}

}
