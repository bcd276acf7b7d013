package org.utilityportal.identity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.OptimisticLock;
import org.utilityportal.identity.ManagerGrade;
import org.utilityportal.shared.security.Role;

/**
 * A person who can sign in: a member of staff with a work number, or a customer. Staff
 * are never deleted (cases and logs keep their name): they are disabled and enabled.
 * Every change an administrator makes is kept as a {@link StaffChange}, and so is every
 * personal API token the person makes or that is revoked (staff and customers alike).
 */
@Entity
@Table(name = "user_account")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class UserAccount {

	/** The recorded field of a token made ({@code staff.field.apiTokenIssued}). */
	static final String TOKEN_ISSUED = "apiTokenIssued";

	/** The recorded field of a token revoked. */
	static final String TOKEN_REVOKED = "apiTokenRevoked";

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

	private boolean mustChangePassword;

	@Column(insertable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	// A recorded change alone (a token made) must not make an administrator's open edit
	// form stale; the edits that change fields raise the version anyway.
	@OptimisticLock(excluded = true)
	@OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
	@JoinColumn(name = "user_id", nullable = false, updatable = false)
	@OrderBy("changedAt desc, id desc")
	private List<StaffChange> changes = new ArrayList<>();

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

	/**
	 * A new member of staff with a temporary password they change at their first sign-in;
	 * the creation is recorded.
	 */
	static UserAccount newStaff(String username, String temporaryHash, StaffDetails details, Instant at, String by) {
		UserAccount account = staff(username, temporaryHash, details.role(), details.displayName(),
				details.workNumber(), details.orgUnitId());
		account.managerGrade = details.managerGrade();
		account.mayRevealPersonalData = details.mayRevealPersonalData();
		account.mustChangePassword = true;
		account.record(at, by, List.of(new FieldChange("created", null, username)));
		return account;
	}

	/**
	 * Applies what an administrator set, records and returns what changed (units by their
	 * code, as a reader of the history knows them).
	 */
	List<FieldChange> edit(StaffDetails details, Function<Long, String> unitCode, Instant at, String by) {
		requireStaff();
		List<FieldChange> changed = new ArrayList<>();
		FieldChange.compare(changed, "displayName", this.displayName, details.displayName());
		FieldChange.compare(changed, "workNumber", this.workNumber, details.workNumber());
		FieldChange.compare(changed, "role", this.role, details.role());
		if (!java.util.Objects.equals(this.orgUnitId, details.orgUnitId())) {
			changed
				.add(new FieldChange("orgUnit", unitCode.apply(this.orgUnitId), unitCode.apply(details.orgUnitId())));
		}
		FieldChange.compare(changed, "managerGrade", this.managerGrade, details.managerGrade());
		FieldChange.compare(changed, "mayRevealPersonalData", this.mayRevealPersonalData,
				details.mayRevealPersonalData());
		this.displayName = details.displayName();
		this.workNumber = details.workNumber();
		this.role = details.role();
		this.orgUnitId = details.orgUnitId();
		this.managerGrade = details.managerGrade();
		this.mayRevealPersonalData = details.mayRevealPersonalData();
		record(at, by, changed);
		return changed;
	}

	/** Stops the person from signing in; refused when already disabled. */
	void disable(Instant at, String by) {
		requireStaff();
		if (!this.enabled) {
			throw new IllegalStateException(this.username + " is already disabled");
		}
		this.enabled = false;
		record(at, by, List.of(new FieldChange("enabled", "true", "false")));
	}

	/** Lets a disabled person sign in again; refused when enabled. */
	void enable(Instant at, String by) {
		requireStaff();
		if (this.enabled) {
			throw new IllegalStateException(this.username + " is already enabled");
		}
		this.enabled = true;
		record(at, by, List.of(new FieldChange("enabled", "false", "true")));
	}

	/**
	 * Replaces the password by a temporary one the person must change at their next
	 * sign-in; the change is recorded (never the password).
	 */
	void resetPassword(String temporaryHash, Instant at, String by) {
		requireStaff();
		this.passwordHash = temporaryHash;
		this.mustChangePassword = true;
		record(at, by, List.of(new FieldChange("password", null, "reset")));
	}

	/** The person chose a new password themselves. */
	void changePassword(String newPasswordHash) {
		this.passwordHash = newPasswordHash;
		this.mustChangePassword = false;
	}

	/**
	 * Records that a personal API token was made for the person (its name and first
	 * characters, never the token).
	 */
	void tokenIssued(String token, Instant at) {
		record(at, this.username, List.of(new FieldChange(TOKEN_ISSUED, null, token)));
	}

	/**
	 * Records that one of the person's tokens was revoked, by them or an administrator.
	 */
	void tokenRevoked(String token, Instant at, String by) {
		record(at, by, List.of(new FieldChange(TOKEN_REVOKED, token, null)));
	}

	private void record(Instant at, String by, List<FieldChange> changed) {
		changed.forEach((change) -> this.changes.add(new StaffChange(at, by, change)));
	}

	private void requireStaff() {
		if (!this.role.isStaff()) {
			throw new IllegalStateException(this.username + " is a customer, not staff");
		}
	}

}
