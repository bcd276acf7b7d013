package org.utilityportal.catalogue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.casework.CaseOutcomes;
import org.utilityportal.casework.TrackedCases;
import org.utilityportal.catalogue.internal.CatalogueQueries;
import org.utilityportal.catalogue.internal.OrderQueries;
import org.utilityportal.shared.domain.Utility;

/**
 * The supervisors' table of orders against the services' commitments: for each service
 * (in catalogue order, also those without orders), the orders placed in a period counted
 * by how their cases went. Three statements: the services, the period's orders (on the
 * index of their time), and their cases' outcomes aggregated by casework.
 */
@Service
@RequiredArgsConstructor
public class OrderCommitmentReport {

	private final OrderQueries orders;

	private final CatalogueQueries catalogue;

	private final TrackedCases cases;

	private final Clock clock;

	/** Orders placed in {@code [from, to)} against their commitments, per service. */
	@Transactional(readOnly = true)
	public List<CommitmentRow> commitments(Instant from, Instant to) {
		Map<Long, CatalogueEntry> current = new HashMap<>();
		this.catalogue.inForce(LocalDate.now(this.clock)).forEach((entry) -> current.put(entry.serviceId(), entry));
		Map<Long, CaseOutcomes> outcomes = this.cases.outcomes(this.orders.serviceOfCases(from, to));
		return this.catalogue.services()
			.stream()
			.map((service) -> row(service, current.get(service.id()),
					outcomes.getOrDefault(service.id(), CaseOutcomes.NONE)))
			.toList();
	}

	private static CommitmentRow row(CatalogueQueries.ServiceRow service, CatalogueEntry entry, CaseOutcomes counted) {
		return new CommitmentRow(service.code(), service.utility(), entry, counted.cases(), counted.doneInTime(),
				counted.doneLate(), counted.openInTime(), counted.openLate());
	}

	/**
	 * A service's orders in a period against its commitment.
	 *
	 * @param code the service
	 * @param utility its utility
	 * @param entry the version in force today (for its name), {@code null} if withdrawn
	 * @param orders orders placed in the period
	 * @param doneInTime completed within every promise
	 * @param doneLate completed, a promise missed
	 * @param openInTime not completed, no promise missed yet
	 * @param openLate not completed, a promise missed
	 */
	public record CommitmentRow(String code, Utility utility, CatalogueEntry entry, long orders, long doneInTime,
			long doneLate, long openInTime, long openLate) {

		/**
		 * Share of completed orders done in time, in percent, or {@code null} when none.
		 */
		public Double inTimePercent() {
			long done = this.doneInTime + this.doneLate;
			return (done == 0) ? null : 100.0 * this.doneInTime / done;
		}

	}

}
