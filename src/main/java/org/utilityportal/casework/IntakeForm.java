package org.utilityportal.casework;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

import org.springframework.format.annotation.DateTimeFormat;
import org.utilityportal.shared.domain.Utility;

/**
 * A case as registered: by staff at the counter or hotline (all fields), by a customer
 * online (channel, grade, responsible team and contact are set by the portal), or through
 * the API. Cross-field rules (a staff complaint names the work number, water subjects
 * only for water, a contact for anonymous cases, the account belongs to the customer, a
 * platform case carries a ticket number not already registered) are checked by
 * {@link CaseIntake#validate}.
 */
@Getter
@Setter
public class IntakeForm {

	@NotNull
	private Channel channel = Channel.COUNTER;

	@NotNull
	private Nature nature = Nature.COMPLAINT;

	@NotNull
	private Subject subject;

	@NotNull
	private Utility utility;

	/** The customer, when known. */
	private Long customerId;

	/** The account number, when known (must belong to the customer). */
	@Size(max = 12)
	private String accountNumber;

	/** For anonymous cases (e.g. a metro passenger). */
	@Size(max = 100)
	private String contactName;

	@Size(max = 32)
	private String contactPhone;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime occurredAt;

	@NotBlank
	@Size(max = 200)
	private String place;

	@NotBlank
	@Size(max = 200)
	private String summary;

	@NotBlank
	@Size(max = 4000)
	private String details;

	/** Required when the subject is a member of staff. */
	@Size(max = 16)
	private String staffWorkNumber;

	@Min(1)
	@Max(3)
	private int severity = 1;

	@Min(1)
	@Max(3)
	private int impact = 1;

	private boolean sensitive;

	/** The money involved, in yuan, if any. */
	@DecimalMin("0.00")
	@DecimalMax("999999999999.99")
	private BigDecimal amount;

	/** The team that handles the substance; the registering person's unit when empty. */
	private Long responsibleUnitId;

	/** The person who handles the substance, if already known. */
	private Long responsibleId;

	/** The platform that forwarded the case (12345 and others), if any. */
	private Platform platform;

	/** The platform's ticket number: required with a platform, unique per platform. */
	@Size(max = 40)
	private String platformTicket;

	/**
	 * The platform's deadline for the reply, in the business time zone, if it gave one.
	 */
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime platformDueAt;

}
