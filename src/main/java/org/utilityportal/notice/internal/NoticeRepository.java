package org.utilityportal.notice.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.utilityportal.notice.NoticeStatus;

/** Notices with their areas. */
public interface NoticeRepository extends JpaRepository<Notice, Long> {

	/**
	 * A notice to act on, its row locked until the transaction ends: two administrators
	 * acting on the same version wait for each other, and the later one then finds the
	 * version changed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select n from Notice n where n.id = :id")
	Optional<Notice> findForUpdate(long id);

	/** The revision of a notice in a status (one draft revision at a time). */
	Optional<Notice> findByReplacesIdAndStatus(long replacesId, NoticeStatus status);

}
