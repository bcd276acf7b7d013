package org.utilityportal.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import org.utilityportal.catalogue.internal.DocumentTypes;

/**
 * Checks an order form against what the service needs: an account of the customer's when
 * it is for one, the blockers read, and each document given (at most
 * {@link #MAX_DOCUMENT_BYTES}, a PDF, JPEG or PNG by its content) unless a clerk saw the
 * paper original.
 */
@Service
@RequiredArgsConstructor
public class OrderValidation {

	/** The largest document accepted. */
	public static final int MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

	private final ServiceOrders orders;

	/**
	 * Checks what spans fields into {@code errors}; problems with documents come back by
	 * the document's place in the service's list (message keys), for the page to show
	 * next to each file.
	 * @param byStaff whether a clerk places the order (paper originals count)
	 */
	@Transactional(readOnly = true)
	public Map<Integer, String> validate(CatalogueEntry entry, OrderForm form, long customerId, boolean byStaff,
			Map<Integer, MultipartFile> files, Errors errors) {
		ServiceDefinition definition = entry.definition();
		if (StringUtils.hasText(form.getAccountNumber())) {
			String number = form.getAccountNumber().strip().toUpperCase(Locale.ROOT);
			if (this.orders.accountsFor(entry, customerId)
				.stream()
				.noneMatch((account) -> account.accountNumber().equals(number))) {
				errors.rejectValue("accountNumber", "order.validation.account");
			}
		}
		else if (definition.isNeedsAccount()) {
			errors.rejectValue("accountNumber", "order.validation.accountRequired");
		}
		if (!definition.getBlockers().isEmpty() && !form.isBlockersChecked()) {
			errors.rejectValue("blockersChecked", "order.validation.blockers");
		}
		return documentProblems(definition.getDocuments(), form, byStaff, files);
	}

	private static Map<Integer, String> documentProblems(List<ServiceDefinition.DocumentRequirement> documents,
			OrderForm form, boolean byStaff, Map<Integer, MultipartFile> files) {
		Map<Integer, String> problems = new HashMap<>();
		for (int i = 0; i < documents.size(); i++) {
			MultipartFile file = files.get(i);
			if (file != null && !file.isEmpty()) {
				if (file.getSize() > MAX_DOCUMENT_BYTES) {
					problems.put(i, "order.document.tooLarge");
				}
				else if (DocumentTypes.of(file).isEmpty()) {
					problems.put(i, "order.document.type");
				}
			}
			else if (documents.get(i).isRequired() && !(byStaff && form.getPaperSeen().contains(i))) {
				problems.put(i, "order.document.required");
			}
		}
		return problems;
	}

}
