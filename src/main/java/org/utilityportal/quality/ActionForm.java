package org.utilityportal.quality;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/** A corrective action raised from a finding: what, who carries it out, by when. */
@Getter
@Setter
public class ActionForm {

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotBlank
	@Size(max = 2000)
	private String finding;

	@NotNull
	private Long ownerId;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

}
