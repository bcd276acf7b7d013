package org.utilityportal.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

import org.utilityportal.casework.Nature;
import org.utilityportal.casework.ServiceCommitment;
import org.utilityportal.casework.Subject;

/**
 * What a version of a service offers, in both languages: stored whole as JSON, edited
 * whole by a price officer. Minutes are working minutes on the responsible team's
 * calendar, or clock minutes when {@code allHours}.
 */
@Getter
@Setter
public class ServiceDefinition {

	/** Rows of documents and blockers an edit form offers. */
	public static final int FORM_ROWS = 5;

	/** A working day of the standard calendar (09:00–12:00 and 13:00–18:00). */
	public static final int WORKING_DAY_MINUTES = 480;

	@NotBlank
	@Size(max = 100)
	private String nameZh;

	@NotBlank
	@Size(max = 100)
	private String nameEn;

	@NotBlank
	@Size(max = 2000)
	private String descriptionZh;

	@NotBlank
	@Size(max = 2000)
	private String descriptionEn;

	@NotBlank
	@Size(max = 500)
	private String eligibilityZh;

	@NotBlank
	@Size(max = 500)
	private String eligibilityEn;

	@NotNull
	private Nature nature = Nature.SERVICE_REQUEST;

	@NotNull
	private Subject subject = Subject.EQUIPMENT;

	/** Ordered for one of the customer's accounts of the utility. */
	private boolean needsAccount = true;

	@NotNull
	@DecimalMin("0.00")
	@Digits(integer = 8, fraction = 2)
	private BigDecimal fee = BigDecimal.ZERO;

	/** What the fee depends on, when it needs saying. */
	@Size(max = 300)
	private String feeNoteZh;

	@Size(max = 300)
	private String feeNoteEn;

	private boolean allHours;

	/**
	 * The first response (arrival, first contact) in cities; none to keep the policy's.
	 */
	@Min(1)
	@Max(525600)
	private Integer responseMinutes;

	/** The first response in rural areas; none for the city's. */
	@Min(1)
	@Max(525600)
	private Integer responseRuralMinutes;

	/** The first response in remote areas; none for the rural one. */
	@Min(1)
	@Max(525600)
	private Integer responseRemoteMinutes;

	@NotNull
	@Min(1)
	@Max(525600)
	private Integer completionMinutes;

	@Valid
	private List<DocumentRequirement> documents = new ArrayList<>();

	@Valid
	private List<Blocker> blockers = new ArrayList<>();

	public String name(Locale locale) {
		return english(locale) ? this.nameEn : this.nameZh;
	}

	public String description(Locale locale) {
		return english(locale) ? this.descriptionEn : this.descriptionZh;
	}

	public String eligibility(Locale locale) {
		return english(locale) ? this.eligibilityEn : this.eligibilityZh;
	}

	public String feeNote(Locale locale) {
		return english(locale) ? this.feeNoteEn : this.feeNoteZh;
	}

	/**
	 * The first response promised in an area, or {@code null} when the policy's applies.
	 */
	public Integer responseMinutes(Area area) {
		Integer rural = (this.responseRuralMinutes != null) ? this.responseRuralMinutes : this.responseMinutes;
		Integer remote = (this.responseRemoteMinutes != null) ? this.responseRemoteMinutes : rural;
		return switch (area) {
			case URBAN -> this.responseMinutes;
			case RURAL -> rural;
			case REMOTE -> remote;
		};
	}

	/** Whether the response limit differs between areas. */
	public boolean respondsByArea() {
		return this.responseRuralMinutes != null || this.responseRemoteMinutes != null;
	}

	/** The clock of an order in an area. */
	public ServiceCommitment commitment(Area area) {
		return new ServiceCommitment(this.allHours, responseMinutes(area), this.completionMinutes);
	}

	/**
	 * A limit as people say it: minutes or hours on the clock for a 24×7 service, working
	 * days (of 8 hours) or working hours otherwise; {@code null} for no limit.
	 */
	public Limit limit(Integer minutes) {
		if (minutes == null) {
			return null;
		}
		if (this.allHours) {
			return (minutes % 60 == 0) ? new Limit("limit.hours", minutes / 60) : new Limit("limit.minutes", minutes);
		}
		if (minutes % WORKING_DAY_MINUTES == 0) {
			return new Limit("limit.workingDays", minutes / WORKING_DAY_MINUTES);
		}
		return (minutes % 60 == 0) ? new Limit("limit.workingHours", minutes / 60)
				: new Limit("limit.workingMinutes", minutes);
	}

	/**
	 * A time limit to show.
	 *
	 * @param key its message key
	 * @param amount the number in it
	 */
	public record Limit(String key, int amount) {
	}

	/** Drops rows an edit form left empty. */
	public void dropEmptyRows() {
		this.documents.removeIf(DocumentRequirement::isEmpty);
		this.blockers.removeIf(Blocker::isEmpty);
	}

	/** Adds empty rows up to the form's size. */
	public void padRows() {
		while (this.documents.size() < FORM_ROWS) {
			this.documents.add(new DocumentRequirement());
		}
		while (this.blockers.size() < FORM_ROWS) {
			this.blockers.add(new Blocker());
		}
	}

	static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	/** A document the order needs (a file online, or a paper original at the counter). */
	@Getter
	@Setter
	public static class DocumentRequirement {

		@Size(max = 100)
		private String nameZh;

		@Size(max = 100)
		private String nameEn;

		private boolean required = true;

		public String name(Locale locale) {
			return english(locale) ? this.nameEn : this.nameZh;
		}

		boolean isEmpty() {
			return blank(this.nameZh) && blank(this.nameEn);
		}

	}

	/**
	 * A condition known in advance that stops the service (e.g. an open-plan kitchen).
	 */
	@Getter
	@Setter
	public static class Blocker {

		@Size(max = 300)
		private String textZh;

		@Size(max = 300)
		private String textEn;

		public String text(Locale locale) {
			return english(locale) ? this.textEn : this.textZh;
		}

		boolean isEmpty() {
			return blank(this.textZh) && blank(this.textEn);
		}

	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
