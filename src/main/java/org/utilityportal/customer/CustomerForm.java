package org.utilityportal.customer;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.utilityportal.customer.validation.Mobile;

/**
 * The counter's form to open or edit a customer. When editing, a blank identity number or
 * mobile number keeps the stored one (the stored values are never sent to the browser in
 * full). The identity number is checked against its document type by the service, which
 * knows today's date.
 */
@Getter
@Setter
public class CustomerForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	@NotNull
	private CustomerKind kind = CustomerKind.RESIDENTIAL;

	@NotNull
	private IdType idType = IdType.RESIDENT_ID;

	@Size(max = 22)
	private String idNumber;

	@Mobile
	private String mobile;

	@Mobile
	private String mobile2;

	/** Editing only: removes the second mobile number. */
	private boolean removeMobile2;

	@NotBlank
	@Size(max = 200)
	private String address;

	@NotBlank
	@Pattern(regexp = "zh-CN|en")
	private String preferredLanguage = "zh-CN";

	private boolean keyAccount;

	private boolean vulnerable;

	private boolean greenChannel;

	@NotBlank
	@Size(max = 200)
	private String consentPurpose;

	@NotNull
	private LocalDate consentDate;

	/** The version the form was opened with; editing only. */
	private long version;

}
