package org.utilityportal.customer;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** One entry of the contact log. */
@Getter
@Setter
public class ContactForm {

	@NotNull
	private ContactKind kind = ContactKind.VISIT;

	@NotNull
	@PastOrPresent
	private LocalDate contactedOn;

	@NotBlank
	@Size(max = 1000)
	private String summary;

}
