package org.utilityportal.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

import org.utilityportal.casework.Channel;

/**
 * An order for a service, as a customer places it online or a clerk for them at the
 * counter or on the phone. The files of the required documents come with the form;
 * {@link OrderValidation#validate} checks what spans fields.
 */
@Getter
@Setter
public class OrderForm {

	/** Makes a repeated submission of the same form return the first order. */
	@NotNull
	private UUID token = UUID.randomUUID();

	/** The account, when the service is for one. */
	@Size(max = 12)
	private String accountNumber;

	/**
	 * Where the service is delivered; staff may change it, online orders take the
	 * default.
	 */
	@NotNull
	private Area area = Area.URBAN;

	/** Counter or hotline, for orders staff take. */
	@NotNull
	private Channel channel = Channel.COUNTER;

	@Size(max = 32)
	private String contactPhone;

	@NotBlank
	@Size(max = 200)
	private String place;

	@NotBlank
	@Size(max = 4000)
	private String details;

	/** The customer read the blockers and none applies. */
	private boolean blockersChecked;

	/** Documents whose paper original the clerk saw (by their place in the list). */
	private List<Integer> paperSeen = new ArrayList<>();

}
