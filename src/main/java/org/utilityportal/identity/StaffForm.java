package org.utilityportal.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.utilityportal.shared.security.Role;

/**
 * A member of staff as an administrator types them: the sign-in name only when creating
 * (it never changes), the rest when creating or editing.
 */
@Getter
@Setter
public class StaffForm {

	@Size(max = 32)
	private String username;

	@NotBlank
	@Size(max = 100)
	private String displayName;

	@NotBlank
	@Pattern(regexp = "\\s*[0-9A-Za-z]{3,16}\\s*", message = "{staff.validation.workNumber}")
	private String workNumber;

	@NotNull
	private Role role;

	private Long orgUnitId;

	private ManagerGrade managerGrade;

	private boolean mayRevealPersonalData;

	private long version;

}
