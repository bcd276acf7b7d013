package org.utilityportal.casework.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.utilityportal.casework.Nature;
import org.utilityportal.casework.Subject;

/** SLA policies. */
public interface SlaPolicyRepository extends JpaRepository<SlaPolicy, Long> {

	/** Every policy, by nature, then catch-alls first. */
	@Query("select p from SlaPolicy p order by p.nature, p.subject nulls first, p.gradeBand nulls first")
	List<SlaPolicy> findAllInOrder();

	/** A policy to change, its row locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from SlaPolicy p where p.id = :id")
	Optional<SlaPolicy> findForUpdate(long id);

	/**
	 * The policies that could apply to a case, the most specific first: exact subject and
	 * band, then subject with any band, then band with any subject, then the catch-all.
	 */
	@Query("""
			select p from SlaPolicy p
			where p.nature = :nature and (p.subject = :subject or p.subject is null)
			    and (p.gradeBand = :band or p.gradeBand is null)
			order by case when p.subject is null then 1 else 0 end, case when p.gradeBand is null then 1 else 0 end
			""")
	List<SlaPolicy> findCandidates(Nature nature, Subject subject, String band);

	/** Whether a policy for exactly this combination exists ({@code null}: any). */
	@Query("""
			select count(p) > 0 from SlaPolicy p
			where p.nature = :nature and ((:subject is null and p.subject is null) or p.subject = :subject)
			    and ((:band is null and p.gradeBand is null) or p.gradeBand = :band)
			""")
	boolean existsFor(Nature nature, Subject subject, String band);

}
