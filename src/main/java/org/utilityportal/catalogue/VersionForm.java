package org.utilityportal.catalogue;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;

/** A version of a service as a price officer writes it. */
@Getter
@Setter
public class VersionForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveFrom;

	@NotBlank
	@Size(max = 100)
	private String documentNumber;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate documentDate;

	@Valid
	@NotNull
	private ServiceDefinition definition = new ServiceDefinition();

	/** The draft's version when the form was opened. */
	private long version;

}
