package org.utilityportal.metro.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.metro.CardStatement;
import org.utilityportal.metro.FareQuote;
import org.utilityportal.metro.FareVersionView;
import org.utilityportal.metro.LineView;
import org.utilityportal.metro.MetroFares;
import org.utilityportal.metro.MetroNetwork;
import org.utilityportal.metro.TransitCards;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.shared.web.ApiErrors;
import org.utilityportal.shared.web.NotFoundException;

/**
 * The metro over JSON: anyone reads the lines, the fares and the fare between two
 * stations; a card statement is for the customer who owns the card (404 otherwise) and
 * for staff (logged as an API view).
 */
@RestController
@RequestMapping("/api/v1")
@RequiredArgsConstructor
@Tag(name = "Metro")
class MetroApiController {

	private final MetroNetwork network;

	private final MetroFares fares;

	private final TransitCards cards;

	private final ServiceAccounts accounts;

	private final MessageSource messages;

	private final Clock clock;

	@GetMapping("/metro/lines")
	@Operation(summary = "Every line with its stations (km from the station before), interchanges and first and "
			+ "last trains (no sign-in)")
	List<LineView> lines() {
		return this.network.lines();
	}

	@GetMapping("/metro/fares")
	@Operation(summary = "The fare version in force today and the published versions to come (no sign-in)")
	Fares fares() {
		LocalDate today = LocalDate.now(this.clock);
		return new Fares(this.fares.inForce(today).orElse(null), this.fares.upcoming(today));
	}

	@GetMapping("/metro/fare")
	@Operation(summary = "The shortest distance between two stations (by code, e.g. xidan) and its fare today "
			+ "(no sign-in)")
	ResponseEntity<?> fare(@Parameter(description = "entry station code") @RequestParam(required = false) String from,
			@Parameter(description = "exit station code") @RequestParam(required = false) String to, Locale locale) {
		var errors = new MapBindingResult(new HashMap<>(), "fare");
		check(from, "from", errors);
		check(to, "to", errors);
		if (errors.hasErrors()) {
			return ApiErrors.of(errors, this.messages, locale);
		}
		Optional<FareQuote> quote = this.fares.quote(from, to, LocalDate.now(this.clock));
		if (quote.isEmpty()) {
			errors.reject("metro.fare.none");
			return ApiErrors.of(errors, this.messages, locale);
		}
		return ResponseEntity.ok(quote.get());
	}

	@GetMapping("/accounts/{accountId}/metro-statement")
	@PreAuthorize("hasAnyRole('COUNTER', 'SUPERVISOR', 'CUSTOMER')")
	@Operation(summary = "A transit card's monthly statement (default: this month): opening balance, top-ups, "
			+ "trips grouped by fare, closing balance")
	CardStatement statement(@PathVariable long accountId,
			@Parameter(description = "yyyy-MM") @RequestParam(required = false) YearMonth month,
			@AuthenticationPrincipal PortalPrincipal principal) {
		YearMonth shown = (month != null) ? month : this.cards.thisMonth();
		if (principal.role().isStaff()) {
			return this.cards.forStaff(accountId, shown, principal, AccessChannel.API);
		}
		ServiceAccountView account = this.accounts.view(accountId);
		if (account.customerId() != principal.requireCustomerId()) {
			throw new NotFoundException("Account");
		}
		return this.cards.forCustomer(principal.requireCustomerId(), account.accountNumber(), shown);
	}

	private void check(String code, String field, MapBindingResult errors) {
		if (code == null || code.isBlank()) {
			errors.rejectValue(field, "validation.required");
		}
		else if (this.network.station(code).isEmpty()) {
			errors.rejectValue(field, "metro.fare.unknownStation");
		}
	}

	/**
	 * The fares now and to come.
	 *
	 * @param inForce the version in force today, or {@code null}
	 * @param upcoming published versions that start later, soonest first
	 */
	record Fares(FareVersionView inForce, List<FareVersionView> upcoming) {
	}

}
