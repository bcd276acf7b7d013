package org.utilityportal.campaign.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Campaigns with their phases and tasks. */
public interface CampaignRepository extends JpaRepository<Campaign, Long> {

	/** A campaign to act on, its row locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Campaign c where c.id = :id")
	Optional<Campaign> findForUpdate(long id);

	/** Every campaign, newest first. */
	List<Campaign> findAllByOrderByCreatedAtDesc();

	/** The published ones, latest first. */
	List<Campaign> findByPublishedAtNotNullOrderByPublishedAtDesc();

}
