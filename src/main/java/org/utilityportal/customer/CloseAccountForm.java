package org.utilityportal.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** Closing a service account: why, and the version the clerk saw. */
@Getter
@Setter
public class CloseAccountForm {

	@NotBlank
	@Size(max = 200)
	private String reason;

	private long version;

}
