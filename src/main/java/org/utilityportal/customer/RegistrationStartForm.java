package org.utilityportal.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** Online registration, first step: the account number of a bill. */
@Getter
@Setter
public class RegistrationStartForm {

	@NotBlank
	@Size(max = 20)
	private String accountNumber;

}
