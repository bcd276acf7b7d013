package org.utilityportal.campaign;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The result's summary in both languages, published with the figures. */
@Getter
@Setter
public class PublishForm {

	@NotBlank
	@Size(max = 4000)
	private String summaryZh;

	@NotBlank
	@Size(max = 4000)
	private String summaryEn;

	private long version;

}
