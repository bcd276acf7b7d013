package org.utilityportal.customer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.utilityportal.identity.ManagerGrade;

/**
 * Everything the counter's customer page shows, read with a fixed number of statements
 * however many accounts, contacts or changes there are.
 *
 * @param details the customer, masked
 * @param accounts all accounts, open first
 * @param managers key-account manager assignments, current first
 * @param contacts the newest contacts
 * @param changes the newest changes to the customer and its accounts
 */
public record CustomerPage(CustomerDetails details, List<ServiceAccountView> accounts, List<Manager> managers,
		List<Contact> contacts, List<Change> changes) {

	/** The current account manager, if any. */
	public Manager currentManager() {
		return (!this.managers.isEmpty() && this.managers.getFirst().until() == null) ? this.managers.getFirst() : null;
	}

	/**
	 * One account-manager assignment.
	 *
	 * @param managerId staff id
	 * @param name manager's name
	 * @param workNumber manager's work number
	 * @param grade manager's grade
	 * @param from start of the assignment
	 * @param until end, {@code null} for the current one
	 * @param assignedBy who assigned
	 */
	public record Manager(long managerId, String name, String workNumber, ManagerGrade grade, Instant from,
			Instant until, String assignedBy) {
	}

	/**
	 * One visit or call.
	 *
	 * @param kind visit, call, meeting, message
	 * @param contactedOn the day
	 * @param summary what was discussed
	 * @param recordedBy who recorded it
	 * @param recordedAt when
	 */
	public record Contact(ContactKind kind, LocalDate contactedOn, String summary, String recordedBy,
			Instant recordedAt) {
	}

	/**
	 * One change of one field.
	 *
	 * @param changedAt when
	 * @param changedBy who (sign-in name)
	 * @param accountNumber the account changed, {@code null} for the customer record
	 * @param field the field's key
	 * @param oldValue old value, masked where personal
	 * @param newValue new value, masked where personal
	 */
	public record Change(Instant changedAt, String changedBy, String accountNumber, String field, String oldValue,
			String newValue) {

		/**
		 * The message-key prefix that translates coded values of this field, or
		 * {@code null}.
		 */
		public String valueKeyPrefix() {
			return switch (this.field) {
				case "kind" -> "customerKind.";
				case "idType" -> "idType.";
				case "tariffCategory" -> "tariffCategory.";
				case "billingCycle" -> "billingCycle.";
				case "status" -> "accountStatus.";
				case "keyAccount", "vulnerable", "greenChannel" -> "boolean.";
				case "created" -> "change.created.";
				default -> null;
			};
		}

	}

}
