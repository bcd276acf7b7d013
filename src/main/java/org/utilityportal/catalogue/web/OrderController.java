package org.utilityportal.catalogue.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.catalogue.Area;
import org.utilityportal.catalogue.Catalogue;
import org.utilityportal.catalogue.CatalogueEntry;
import org.utilityportal.catalogue.OrderForm;
import org.utilityportal.catalogue.OrderAccess;
import org.utilityportal.catalogue.OrderFile;
import org.utilityportal.catalogue.OrderValidation;
import org.utilityportal.catalogue.ServiceOrders;
import org.utilityportal.casework.Channel;
import org.utilityportal.customer.CustomerDetails;
import org.utilityportal.customer.CustomerRecords;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.security.Role;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Ordering a service: a customer online for themselves ({@code /my/orders}), or a clerk
 * for a customer at the counter or on the phone ({@code /counter/...}). A customer sees
 * only their own orders (another's answers 404); a clerk's view of an order is logged.
 */
@Controller
@RequiredArgsConstructor
class OrderController {

	private static final String FORM = "catalogue/order-form";

	private final Catalogue catalogue;

	private final ServiceOrders orders;

	private final OrderValidation validation;

	private final OrderAccess access;

	private final CustomerRecords customers;

	@GetMapping("/my/orders")
	String myOrders(@AuthenticationPrincipal PortalPrincipal customer, Model model) {
		model.addAttribute("orders", this.orders.ofCustomer(customer.requireCustomerId()));
		model.addAttribute("entries", this.catalogue.inForce());
		return "catalogue/my-orders";
	}

	@GetMapping("/my/orders/new/{code}")
	String myForm(@PathVariable String code, @AuthenticationPrincipal PortalPrincipal customer, Model model) {
		CatalogueEntry entry = entry(code);
		model.addAttribute("orderForm", this.orders.newForm(entry, customer.requireCustomerId()));
		return form(entry, customer.requireCustomerId(), null, Map.of(), model);
	}

	@PostMapping("/my/orders/new/{code}")
	String myOrder(@PathVariable String code, @Valid @ModelAttribute("orderForm") OrderForm form, BindingResult result,
			MultipartHttpServletRequest request, @AuthenticationPrincipal PortalPrincipal customer, Model model) {
		CatalogueEntry entry = entry(code);
		long customerId = customer.requireCustomerId();
		// Online orders: the web channel and the area of the account (set when placed),
		// no paper.
		form.setPaperSeen(new java.util.ArrayList<>());
		Map<Integer, MultipartFile> files = files(entry, request);
		Map<Integer, String> problems = this.validation.validate(entry, form, customerId, false, files, result);
		if (result.hasErrors() || !problems.isEmpty()) {
			return form(entry, customerId, null, problems, model);
		}
		long id = place(entry, form, customerId, customer, files);
		return "redirect:/my/orders/" + id + "?placed";
	}

	@GetMapping("/my/orders/{id}")
	String myOrderPage(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal customer, Model model) {
		model.addAttribute("order", this.orders.mine(id, customer.requireCustomerId()));
		model.addAttribute("base", "/my/orders/");
		return "catalogue/order";
	}

	@GetMapping("/my/orders/{id}/documents/{documentId}")
	ResponseEntity<byte[]> myDocument(@PathVariable long id, @PathVariable long documentId,
			@AuthenticationPrincipal PortalPrincipal customer) {
		return download(this.access.file(id, documentId, customer));
	}

	@GetMapping("/counter/customers/{customerId}/orders")
	String counterChoose(@PathVariable long customerId, @AuthenticationPrincipal PortalPrincipal staff, Model model) {
		model.addAttribute("customer", customer(customerId, staff));
		model.addAttribute("orders", this.orders.ofCustomer(customerId));
		model.addAttribute("entries", this.catalogue.inForce());
		return "catalogue/counter-orders";
	}

	@GetMapping("/counter/customers/{customerId}/orders/new/{code}")
	String counterForm(@PathVariable long customerId, @PathVariable String code,
			@AuthenticationPrincipal PortalPrincipal staff, Model model) {
		CatalogueEntry entry = entry(code);
		CustomerDetails customer = customer(customerId, staff);
		model.addAttribute("orderForm", this.orders.newForm(entry, customerId));
		return form(entry, customerId, customer, Map.of(), model);
	}

	@PostMapping("/counter/customers/{customerId}/orders/new/{code}")
	String counterOrder(@PathVariable long customerId, @PathVariable String code,
			@Valid @ModelAttribute("orderForm") OrderForm form, BindingResult result,
			MultipartHttpServletRequest request, @AuthenticationPrincipal PortalPrincipal staff, Model model) {
		CatalogueEntry entry = entry(code);
		CustomerDetails customer = customer(customerId, staff);
		if (form.getChannel() != Channel.COUNTER && form.getChannel() != Channel.HOTLINE) {
			result.rejectValue("channel", "order.validation.channel");
		}
		Map<Integer, MultipartFile> files = files(entry, request);
		Map<Integer, String> problems = this.validation.validate(entry, form, customerId, true, files, result);
		if (result.hasErrors() || !problems.isEmpty()) {
			return form(entry, customerId, customer, problems, model);
		}
		long id = place(entry, form, customerId, staff, files);
		return "redirect:/counter/orders/" + id + "?placed";
	}

	@GetMapping({ "/counter/orders/{id}", "/supervisor/orders/{id}" })
	String staffOrderPage(@PathVariable long id, @AuthenticationPrincipal PortalPrincipal staff, Model model) {
		model.addAttribute("order", this.access.seenBy(id, staff, AccessChannel.WEB));
		model.addAttribute("base", (staff.role() == Role.SUPERVISOR) ? "/supervisor/orders/" : "/counter/orders/");
		return "catalogue/order";
	}

	@GetMapping({ "/counter/orders/{id}/documents/{documentId}", "/supervisor/orders/{id}/documents/{documentId}" })
	ResponseEntity<byte[]> counterDocument(@PathVariable long id, @PathVariable long documentId,
			@AuthenticationPrincipal PortalPrincipal staff) {
		return download(this.access.file(id, documentId, staff));
	}

	private long place(CatalogueEntry entry, OrderForm form, long customerId, PortalPrincipal by,
			Map<Integer, MultipartFile> files) {
		try {
			return this.orders.place(entry, form, customerId, by, files);
		}
		catch (DataIntegrityViolationException ex) {
			// The same form sent twice at once: the first one placed the order.
			return this.orders.byToken(form.getToken()).orElseThrow(() -> ex);
		}
	}

	private String form(CatalogueEntry entry, long customerId, CustomerDetails customer, Map<Integer, String> problems,
			Model model) {
		model.addAttribute("entry", entry);
		model.addAttribute("accounts", this.orders.accountsFor(entry, customerId));
		model.addAttribute("customer", customer);
		model.addAttribute("documentProblems", problems);
		model.addAttribute("areas", Area.values());
		model.addAttribute("maxMegabytes", OrderValidation.MAX_DOCUMENT_BYTES / (1024 * 1024));
		return FORM;
	}

	private CatalogueEntry entry(String code) {
		return this.catalogue.inForce(code).orElseThrow(() -> new NotFoundException("Service " + code));
	}

	private CustomerDetails customer(long customerId, PortalPrincipal staff) {
		return this.customers.viewedBy(customerId, staff, AccessChannel.WEB, "service order");
	}

	private static Map<Integer, MultipartFile> files(CatalogueEntry entry, MultipartHttpServletRequest request) {
		Map<Integer, MultipartFile> files = new HashMap<>();
		for (int i = 0; i < entry.definition().getDocuments().size(); i++) {
			MultipartFile file = request.getFile("document" + i);
			if (file != null) {
				files.put(i, file);
			}
		}
		return files;
	}

	private static ResponseEntity<byte[]> download(OrderFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(file.content());
	}

}
