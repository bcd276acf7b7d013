package org.utilityportal.casework.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.Subject;

/** SLA policy drafts waiting for a second administrator. */
public interface SlaPolicyDraftRepository extends JpaRepository<SlaPolicyDraft, Long> {

	/** The drafts waiting, oldest first. */
	@Query("select d from SlaPolicyDraft d where d.status = 'DRAFT' order by d.writtenAt, d.id")
	List<SlaPolicyDraft> findWaiting();

	/** Whether a draft for exactly this combination waits ({@code null}: any). */
	@Query("""
			select count(d) > 0 from SlaPolicyDraft d
			where d.status = 'DRAFT' and d.nature = :nature
			    and ((:subject is null and d.subject is null) or d.subject = :subject)
			    and ((:band is null and d.gradeBand is null) or d.gradeBand = :band)
			""")
	boolean waitingFor(Nature nature, Subject subject, String band);

	/** Throws a waiting draft away with its editors; how many were deleted (0 or 1). */
	@Modifying
	@Query(value = "delete from sla_policy_draft where id = :id and version = :version and status = 'DRAFT'",
			nativeQuery = true)
	int discard(long id, long version);

}
