package org.utilityportal.customer.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.utilityportal.customer.CustomerKind;
import org.utilityportal.customer.IdType;
import org.utilityportal.customer.Masking;

/**
 * A customer: a person or an organisation, across all utilities. Identity and mobile
 * numbers are stored in full and only ever shown masked unless revealed.
 */
@Entity
@Table(name = "customer")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_id")
	@SequenceGenerator(name = "customer_id", sequenceName = "customer_id_seq", allocationSize = 50)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private CustomerKind kind;

	@Enumerated(EnumType.STRING)
	private IdType idType;

	private String idNumber;

	private String address;

	private String preferredLanguage;

	private boolean keyAccount;

	private boolean vulnerable;

	private boolean greenChannel;

	private String consentPurpose;

	private LocalDate consentDate;

	private Instant createdAt;

	private String createdBy;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "customer_mobile", joinColumns = @JoinColumn(name = "customer_id"))
	@OrderColumn(name = "position")
	@Column(name = "number")
	private List<String> mobiles = new ArrayList<>();

	public Customer(CustomerData data, Instant createdAt, String createdBy) {
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.idType = data.idType();
		this.idNumber = data.idNumber();
		apply(data);
	}

	/**
	 * Applies new values and says what changed, field by field, with identity and mobile
	 * numbers masked.
	 */
	public List<FieldChange> update(CustomerData data) {
		List<FieldChange> changes = new ArrayList<>();
		FieldChange.compare(changes, "name", this.name, data.name());
		FieldChange.compare(changes, "kind", this.kind, data.kind());
		FieldChange.compare(changes, "idType", this.idType, data.idType());
		if (!Objects.equals(this.idNumber, data.idNumber())) {
			changes
				.add(new FieldChange("idNumber", Masking.idNumber(this.idNumber), Masking.idNumber(data.idNumber())));
		}
		if (!this.mobiles.equals(data.mobiles())) {
			changes.add(new FieldChange("mobiles", maskedMobiles(this.mobiles), maskedMobiles(data.mobiles())));
		}
		FieldChange.compare(changes, "address", this.address, data.address());
		FieldChange.compare(changes, "preferredLanguage", this.preferredLanguage, data.preferredLanguage());
		FieldChange.compare(changes, "keyAccount", this.keyAccount, data.keyAccount());
		FieldChange.compare(changes, "vulnerable", this.vulnerable, data.vulnerable());
		FieldChange.compare(changes, "greenChannel", this.greenChannel, data.greenChannel());
		FieldChange.compare(changes, "consentPurpose", this.consentPurpose, data.consentPurpose());
		FieldChange.compare(changes, "consentDate", this.consentDate, data.consentDate());
		this.idType = data.idType();
		this.idNumber = data.idNumber();
		apply(data);
		return changes;
	}

	private void apply(CustomerData data) {
		this.name = data.name();
		this.kind = data.kind();
		this.address = data.address();
		this.preferredLanguage = data.preferredLanguage();
		this.keyAccount = data.keyAccount();
		this.vulnerable = data.vulnerable();
		this.greenChannel = data.greenChannel();
		this.consentPurpose = data.consentPurpose();
		this.consentDate = data.consentDate();
		this.mobiles.clear();
		this.mobiles.addAll(data.mobiles());
	}

	private static String maskedMobiles(List<String> numbers) {
		return String.join(", ", numbers.stream().map(Masking::mobile).toList());
	}

}
