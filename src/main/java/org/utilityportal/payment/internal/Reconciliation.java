package org.utilityportal.payment.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import org.utilityportal.shared.money.Money;

/**
 * One day's reconciliation of one source (a provider or the bank): what its statement
 * said, what the portal recorded, and how they compare. Its statement lines and
 * differences are rows of their own.
 */
@Entity
@Table(name = "reconciliation")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Reconciliation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String source;

	private LocalDate statementDate;

	private String fileName;

	private String importedBy;

	private Instant importedAt;

	private int statementCount;

	private Money statementTotal;

	private int portalCount;

	private Money portalTotal;

	private int matchedCount;

	private int missingInPortal;

	private int missingInStatement;

	private int amountDifferences;

	@Version
	private long version;

	public Reconciliation(String source, LocalDate statementDate, String fileName, String importedBy,
			Instant importedAt) {
		this.source = source;
		this.statementDate = statementDate;
		this.fileName = fileName;
		this.importedBy = importedBy;
		this.importedAt = importedAt;
		this.statementTotal = Money.ZERO;
		this.portalTotal = Money.ZERO;
	}

	/** The comparison's counts. */
	public void compared(StatementWriter.Comparison comparison) {
		this.statementCount = comparison.statementCount();
		this.statementTotal = comparison.statementTotal();
		this.portalCount = comparison.portalCount();
		this.portalTotal = comparison.portalTotal();
		this.matchedCount = comparison.matched();
		this.missingInPortal = comparison.missingInPortal();
		this.missingInStatement = comparison.missingInStatement();
		this.amountDifferences = comparison.amountDifferences();
	}

}
