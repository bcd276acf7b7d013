package org.utilityportal.customer.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.utilityportal.customer.AccountStatus;
import org.utilityportal.shared.domain.BasicChargeBasis;
import org.utilityportal.shared.domain.BillingCycle;
import org.utilityportal.shared.domain.SupplyTerms;
import org.utilityportal.shared.domain.TariffCategory;
import org.utilityportal.shared.domain.Utility;

/**
 * A service account of a customer: a metered electricity, water or gas supply at a
 * service address, or a metro transit card. Closing keeps the account and its history.
 */
@Entity
@Table(name = "service_account")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ServiceAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_account_id")
	@SequenceGenerator(name = "service_account_id", sequenceName = "service_account_id_seq", allocationSize = 50)
	private Long id;

	private long customerId;

	@Enumerated(EnumType.STRING)
	private Utility utility;

	private String accountNumber;

	private String serviceAddress;

	private String meterNumber;

	@Enumerated(EnumType.STRING)
	private TariffCategory tariffCategory;

	@Enumerated(EnumType.STRING)
	private BillingCycle billingCycle;

	private String transitCardNumber;

	@Enumerated(EnumType.STRING)
	private AccountStatus status;

	private LocalDate openedOn;

	private LocalDate closedOn;

	private String closeReason;

	private boolean timeOfUse;

	private BigDecimal contractedKva;

	@Enumerated(EnumType.STRING)
	private BasicChargeBasis basicChargeBasis;

	private BigDecimal powerFactorStandard;

	private String legacyNumber;

	@Version
	private long version;

	public ServiceAccount(long customerId, Utility utility, String accountNumber, AccountData data,
			LocalDate openedOn) {
		this.customerId = customerId;
		this.utility = utility;
		this.accountNumber = accountNumber;
		this.status = AccountStatus.OPEN;
		this.openedOn = openedOn;
		apply(data);
	}

	/** Applies new values and says what changed. */
	public List<FieldChange> update(AccountData data) {
		List<FieldChange> changes = new ArrayList<>();
		FieldChange.compare(changes, "serviceAddress", this.serviceAddress, data.serviceAddress());
		FieldChange.compare(changes, "meterNumber", this.meterNumber, data.meterNumber());
		FieldChange.compare(changes, "tariffCategory", this.tariffCategory, data.tariffCategory());
		FieldChange.compare(changes, "billingCycle", this.billingCycle, data.billingCycle());
		FieldChange.compare(changes, "transitCardNumber", this.transitCardNumber, data.transitCardNumber());
		SupplyTerms terms = data.terms();
		FieldChange.compare(changes, "timeOfUse", this.timeOfUse, terms.timeOfUse());
		FieldChange.compare(changes, "contractedKva", plain(this.contractedKva), plain(terms.contractedKva()));
		FieldChange.compare(changes, "basicChargeBasis", this.basicChargeBasis, terms.basicChargeBasis());
		FieldChange.compare(changes, "powerFactorStandard", plain(this.powerFactorStandard),
				plain(terms.powerFactorStandard()));
		apply(data);
		return changes;
	}

	/** Closes the account from a date; it stays on record. */
	public FieldChange close(LocalDate on, String reason) {
		if (this.status == AccountStatus.CLOSED) {
			throw new IllegalStateException("Account " + this.accountNumber + " is already closed");
		}
		this.status = AccountStatus.CLOSED;
		this.closedOn = on;
		this.closeReason = reason;
		return new FieldChange("status", AccountStatus.OPEN.name(), AccountStatus.CLOSED.name());
	}

	private void apply(AccountData data) {
		this.serviceAddress = data.serviceAddress();
		this.meterNumber = data.meterNumber();
		this.tariffCategory = data.tariffCategory();
		this.billingCycle = data.billingCycle();
		this.transitCardNumber = data.transitCardNumber();
		this.timeOfUse = data.terms().timeOfUse();
		this.contractedKva = data.terms().contractedKva();
		this.basicChargeBasis = data.terms().basicChargeBasis();
		this.powerFactorStandard = data.terms().powerFactorStandard();
	}

	/** What the supply contract says about pricing. */
	public SupplyTerms supplyTerms() {
		return new SupplyTerms(this.timeOfUse, this.contractedKva, this.basicChargeBasis, this.powerFactorStandard);
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : null;
	}

}
