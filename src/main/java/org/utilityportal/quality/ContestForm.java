package org.utilityportal.quality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The person inspected contests the result, once, saying why. */
@Getter
@Setter
public class ContestForm {

	@NotBlank
	@Size(max = 1000)
	private String reason;

	private long version;

}
