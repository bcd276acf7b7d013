package org.utilityportal.casework.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Immutable;

/**
 * A reply sent back to the platform a case came from (回复平台): the text, when and who,
 * owned by its {@link ServiceCase}. Append-only: a correction is another reply.
 */
@Entity
@Table(name = "case_platform_reply")
@Immutable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class PlatformReply extends OwnedByCase {

	private Instant repliedAt;

	private String text;

	private String repliedBy;

	private String repliedByName;

	private String repliedByWorkNumber;

	PlatformReply(ServiceCase serviceCase, String text, Actor by, Instant at) {
		super(serviceCase);
		this.text = text;
		this.repliedAt = at;
		this.repliedBy = by.username();
		this.repliedByName = by.name();
		this.repliedByWorkNumber = by.workNumber();
	}

}
