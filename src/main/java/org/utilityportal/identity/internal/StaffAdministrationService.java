package org.utilityportal.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.utilityportal.identity.PasswordPolicy;
import org.utilityportal.identity.StaffAdministration;
import org.utilityportal.identity.StaffForm;
import org.utilityportal.identity.StaffView;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.NotFoundException;

@Service
@RequiredArgsConstructor
class StaffAdministrationService implements StaffAdministration {

	private final UserAccountRepository accounts;

	private final OrganisationUnitRepository units;

	private final PasswordEncoder passwordEncoder;

	private final SessionTerminator sessions;

	private final Clock clock;

	@Override
	@Transactional(readOnly = true)
	public List<StaffView> all() {
		return this.accounts.findByRoleNotOrderByDisplayName(Role.CUSTOMER)
			.stream()
			.map((account) -> view(account, false))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public StaffView staff(long userId) {
		return view(load(userId), true);
	}

	@Override
	@Transactional(readOnly = true)
	public void validate(StaffForm form, Long editingId, Errors errors) {
		if (editingId == null && !errors.hasFieldErrors("username")) {
			if (!PasswordPolicy.isValidUsername(form.getUsername())) {
				errors.rejectValue("username", "validation.username.shape");
			}
			else if (this.accounts.findByUsername(normalise(form.getUsername())).isPresent()) {
				errors.rejectValue("username", "validation.username.taken");
			}
		}
		if (!errors.hasFieldErrors("workNumber") && form.getWorkNumber() != null) {
			this.accounts.findByWorkNumber(form.getWorkNumber().strip())
				.filter((holder) -> !holder.getId().equals(editingId))
				.ifPresent((holder) -> errors.rejectValue("workNumber", "staff.validation.workNumberTaken"));
		}
		if (form.getRole() == Role.CUSTOMER) {
			errors.rejectValue("role", "staff.validation.staffRole");
		}
		if (form.getOrgUnitId() != null
				&& this.units.findById(form.getOrgUnitId()).filter((unit) -> unit.getClosedOn() == null).isEmpty()) {
			errors.rejectValue("orgUnitId", "staff.validation.unit");
		}
		if (editingId != null && form.getRole() != null && form.getRole() != Role.ADMIN) {
			UserAccount editing = load(editingId);
			if (editing.getRole() == Role.ADMIN && editing.isEnabled()
					&& this.accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
				errors.rejectValue("role", "staff.refused.lastAdmin");
			}
		}
	}

	@Override
	@Transactional
	public Created create(StaffForm form, PortalPrincipal admin) {
		String temporary = TemporaryPasswords.next();
		UserAccount account = UserAccount.newStaff(normalise(form.getUsername()),
				this.passwordEncoder.encode(temporary), details(form), now(), admin.username());
		return new Created(this.accounts.saveAndFlush(account).getId(), temporary);
	}

	@Override
	@Transactional
	public void update(long userId, StaffForm form, PortalPrincipal admin) {
		UserAccount account = current(userId, form.getVersion());
		account.edit(details(form), this::unitCode, now(), admin.username());
		this.accounts.flush();
	}

	@Override
	@Transactional
	public String disable(long userId, long version, PortalPrincipal admin) {
		if (userId == admin.userId()) {
			return "staff.refused.self";
		}
		List<UserAccount> admins = this.accounts.lockEnabledAdministrators();
		UserAccount account = current(userId, version);
		if (!account.isEnabled()) {
			return "staff.refused.alreadyDisabled";
		}
		if (account.getRole() == Role.ADMIN && admins.size() <= 1) {
			return "staff.refused.lastAdmin";
		}
		account.disable(now(), admin.username());
		this.accounts.flush();
		this.sessions.endSessionsOf(account.getUsername());
		return null;
	}

	@Override
	@Transactional
	public String enable(long userId, long version, PortalPrincipal admin) {
		UserAccount account = current(userId, version);
		if (account.isEnabled()) {
			return "staff.refused.alreadyEnabled";
		}
		account.enable(now(), admin.username());
		this.accounts.flush();
		return null;
	}

	@Override
	@Transactional
	public String resetPassword(long userId, long version, PortalPrincipal admin) {
		UserAccount account = current(userId, version);
		String temporary = TemporaryPasswords.next();
		account.resetPassword(this.passwordEncoder.encode(temporary), now(), admin.username());
		this.accounts.flush();
		this.sessions.endSessionsOf(account.getUsername());
		return temporary;
	}

	private String unitCode(Long unitId) {
		return (unitId != null) ? this.units.findById(unitId).map(OrganisationUnit::getCode).orElse(null) : null;
	}

	private UserAccount current(long userId, long version) {
		UserAccount account = load(userId);
		if (account.getVersion() != version) {
			throw new StaleEditException("Staff " + account.getUsername());
		}
		return account;
	}

	private UserAccount load(long userId) {
		return this.accounts.findById(userId)
			.filter((account) -> account.getRole().isStaff())
			.orElseThrow(() -> new NotFoundException("Staff"));
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static StaffDetails details(StaffForm form) {
		return new StaffDetails(form.getDisplayName().strip(), form.getWorkNumber().strip(), form.getRole(),
				form.getOrgUnitId(), form.getManagerGrade(), form.isMayRevealPersonalData());
	}

	private static String normalise(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

	private static StaffView view(UserAccount account, boolean withChanges) {
		List<StaffView.Change> changes = withChanges ? account.getChanges()
			.stream()
			.map((change) -> new StaffView.Change(change.getChangedAt(), change.getChangedBy(), change.getField(),
					change.getOldValue(), change.getNewValue()))
			.toList() : List.of();
		return new StaffView(account.getId(), account.getUsername(), account.getDisplayName(), account.getWorkNumber(),
				account.getRole(), account.getOrgUnitId(), account.getManagerGrade(), account.isMayRevealPersonalData(),
				account.isEnabled(), account.isMustChangePassword(), account.getVersion(), changes);
	}

}
