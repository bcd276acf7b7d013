package org.utilityportal.identity.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.utilityportal.identity.ManagerGrade;
import org.utilityportal.shared.security.Role;

/** A person who can sign in: a member of staff with a work number, or a customer. */
@Entity
@Table(name = "user_account")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private String displayName;

	private String workNumber;

	private Long orgUnitId;

	private Long customerId;

	private boolean enabled;

	@Enumerated(EnumType.STRING)
	private ManagerGrade managerGrade;

	private boolean mayRevealPersonalData;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	static UserAccount customer(String username, String passwordHash, String displayName, long customerId) {
		UserAccount account = new UserAccount();
		account.username = username;
		account.passwordHash = passwordHash;
		account.role = Role.CUSTOMER;
		account.displayName = displayName;
		account.customerId = customerId;
		account.enabled = true;
		return account;
	}

	void changePassword(String newPasswordHash) {
		this.passwordHash = newPasswordHash;
	}

	static UserAccount staff(String username, String passwordHash, Role role, String displayName, String workNumber,
			Long orgUnitId) {
		UserAccount account = new UserAccount();
		account.username = username;
		account.passwordHash = passwordHash;
		account.role = role;
		account.displayName = displayName;
		account.workNumber = workNumber;
		account.orgUnitId = orgUnitId;
		account.enabled = true;
		return account;
	}

}
