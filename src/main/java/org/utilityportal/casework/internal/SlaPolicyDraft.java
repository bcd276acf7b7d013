package org.utilityportal.casework.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.Subject;
import org.utilityportal.shared.domain.VersionPublishing;

/**
 * A new SLA policy or new limits for one, waiting for a second administrator (four eyes,
 * issue 13): whoever wrote or edited it cannot put it in force, which the table refuses
 * too. Once in force it never changes.
 */
@Entity
@Table(name = "sla_policy_draft")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SlaPolicyDraft {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long policyId;

	@Enumerated(EnumType.STRING)
	private Nature nature;

	@Enumerated(EnumType.STRING)
	private Subject subject;

	private String gradeBand;

	@Embedded
	private SlaPolicy.Limits limits;

	private String status = "DRAFT";

	private String writtenBy;

	private Instant writtenAt;

	private String publishedBy;

	private Instant publishedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "sla_policy_draft_editor", joinColumns = @JoinColumn(name = "draft_id"))
	@Column(name = "username")
	private Set<String> editors = new LinkedHashSet<>();

	@Version
	private long version;

	/**
	 * A draft for a policy ({@code policyId}) or for a new one ({@code null}).
	 * @param by the administrator's sign-in name
	 */
	public SlaPolicyDraft(Long policyId, Nature nature, Subject subject, String gradeBand, SlaPolicy.Limits limits,
			String by, Instant at) {
		this.policyId = policyId;
		this.nature = nature;
		this.subject = subject;
		this.gradeBand = gradeBand;
		this.writtenBy = by;
		this.writtenAt = at;
		this.limits = limits;
	}

	/** New limits from an editor, who is recorded (and may then not put it in force). */
	public void edit(SlaPolicy.Limits limits, String editor) {
		requireDraft();
		this.limits = limits;
		this.editors.add(editor);
	}

	/**
	 * Marks it in force.
	 * @return the message key of the four-eyes refusal, or {@code null} when done
	 */
	public String publish(String publisher, Instant at) {
		requireDraft();
		String refusal = VersionPublishing.fourEyes("sla.publish", this.writtenBy, this.editors, publisher)
			.orElse(null);
		if (refusal == null) {
			this.status = "PUBLISHED";
			this.publishedBy = publisher;
			this.publishedAt = at;
		}
		return refusal;
	}

	/** Whether it waits for a second administrator. */
	public boolean isDraft() {
		return "DRAFT".equals(this.status);
	}

	private void requireDraft() {
		if (!isDraft()) {
			throw new IllegalStateException("SLA policy draft " + this.id + " is in force");
		}
	}

}
