package org.utilityportal.casework.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.utilityportal.casework.CaseStatus;
import org.utilityportal.casework.Platform;
import org.utilityportal.casework.Subject;

/** Service cases with their owned rows (history, pauses, escalations, return visits). */
public interface CaseRepository extends JpaRepository<ServiceCase, Long> {

	Optional<ServiceCase> findByNumber(String number);

	/**
	 * A case to act on, its row locked until the transaction ends: two actions on one
	 * case wait for each other, and the later one then finds the version changed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from ServiceCase c where c.number = :number")
	Optional<ServiceCase> findForUpdate(String number);

	/** The cases whose clocks count on a calendar and still run, with their pauses. */
	@Query("select c from ServiceCase c left join fetch c.pauses "
			+ "where c.calendarId = :calendarId and (c.limits.allHours = false or c.limits.firstReplyAllHours = false) "
			+ "and c.status in :statuses")
	List<ServiceCase> findCountingOn(long calendarId, Collection<CaseStatus> statuses);

	/** The newest case of a customer about a subject registered since a moment. */
	@Query("""
			select new org.utilityportal.casework.internal.CaseRepository$CaseRef(c.id, c.number,
			    coalesce(c.charges.resolutionChargedId, c.responsibleId, c.ownerId))
			from ServiceCase c
			where c.customerId = :customerId and c.subject = :subject and c.registeredAt >= :since
			order by c.registeredAt desc limit 1
			""")
	Optional<CaseRef> findLatestOfCustomer(long customerId, Subject subject, Instant since);

	/** The case registered with a platform's ticket number. */
	@Query("select c.number from ServiceCase c where c.platformTicket.platform = :platform "
			+ "and c.platformTicket.ticket = :ticket")
	Optional<String> findNumberByPlatformTicket(Platform platform, String ticket);

	/** The next case number's digits. */
	@Query(value = "select nextval('case_number_seq')", nativeQuery = true)
	long nextNumber();

	/**
	 * Claims a bill re-check request for the case being registered: 1 when claimed now, 0
	 * when a case already has it. A second claim running at the same moment waits for the
	 * first transaction.
	 */
	@Modifying
	@Query(value = "insert into case_recheck_claim (request_id, claimed_at) values (:requestId, :at) "
			+ "on conflict do nothing", nativeQuery = true)
	int claimRecheck(long requestId, Instant at);

	/**
	 * Writes the changes of a case loaded in this transaction, with the rows it added,
	 * now. Not {@code save}: on a loaded case that is a JPA merge, which would replace
	 * the rows added to its collections (not read yet) by empty copies.
	 */
	default void saveChanges(ServiceCase c) {
		flush();
	}

	/**
	 * A case named by its id and number.
	 *
	 * @param id case id
	 * @param number case number
	 * @param resolvedBy who resolved it (else who handles it), or {@code null}
	 */
	record CaseRef(Long id, String number, Long resolvedBy) {
	}

}
