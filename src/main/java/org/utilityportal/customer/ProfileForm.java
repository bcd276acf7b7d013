package org.utilityportal.customer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.utilityportal.customer.validation.Mobile;

/**
 * A customer's own contact details. Blank mobile fields keep the numbers on file, which
 * are never sent to the browser in full.
 */
@Getter
@Setter
public class ProfileForm {

	@Mobile
	private String mobile;

	@Mobile
	private String mobile2;

	private boolean removeMobile2;

	@NotBlank
	@Size(max = 200)
	private String address;

	@NotBlank
	@Pattern(regexp = "zh-CN|en")
	private String preferredLanguage = "zh-CN";

	private long version;

}
