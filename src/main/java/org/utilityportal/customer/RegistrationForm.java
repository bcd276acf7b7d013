package org.utilityportal.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * Online registration: the customer proves they hold an account with its number and the
 * last six characters of the identity number on file, then chooses a sign-in name and
 * password.
 */
@Getter
@Setter
public class RegistrationForm {

	@NotBlank
	@Size(max = 20)
	private String accountNumber;

	@NotBlank
	@Size(max = 6)
	private String idTail;

	@NotBlank
	@Size(max = 32)
	private String username;

	@NotBlank
	@Size(max = 128)
	private String password;

	@NotBlank
	@Size(max = 128)
	private String confirmPassword;

}
