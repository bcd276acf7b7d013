package org.utilityportal.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * Online registration, second step: the code sent to the mobile number on file, then the
 * sign-in name and password the customer chooses.
 */
@Getter
@Setter
public class RegistrationForm {

	@NotBlank
	@Pattern(regexp = "\\s*\\d{6}\\s*", message = "{validation.registrationCode.shape}")
	private String code;

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
