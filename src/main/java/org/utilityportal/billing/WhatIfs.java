package org.utilityportal.billing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.audit.AccessAction;
import org.utilityportal.audit.AccessChannel;
import org.utilityportal.audit.AccessLog;
import org.utilityportal.billing.internal.BillBuilder;
import org.utilityportal.billing.internal.WhatIfQueries;
import org.utilityportal.billing.internal.WhatIfQueries.BilledPeriod;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.metering.MeterReadings;
import org.utilityportal.metering.Reading;
import org.utilityportal.shared.domain.BasicChargeBasis;
import org.utilityportal.shared.domain.SupplyTerms;
import org.utilityportal.shared.money.Money;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.tariff.Consumption;
import org.utilityportal.tariff.PriceBook;
import org.utilityportal.tariff.PricedVersion;
import org.utilityportal.tariff.TariffCalculator;
import org.utilityportal.tariff.TariffStructure;
import org.utilityportal.tariff.TariffView;
import org.utilityportal.tariff.Tariffs;

/**
 * "What if": an account's last twelve bills re-priced another way, month by month beside
 * what was billed. Each bill between two measured readings is priced again from those
 * readings (bands, maximum demand and reactive energy as read) for its period, with the
 * year's allowance it had, under the published versions of the chosen tariff; bills that
 * start or end on an estimate, or took estimates back, are listed but not re-priced.
 * Staff views go to the access log. Nothing is saved.
 */
@Service
@RequiredArgsConstructor
public class WhatIfs {

	/** Bills compared: a year of monthly bills. */
	public static final int MONTHS = 12;

	private final WhatIfQueries queries;

	private final MeterReadings readings;

	private final Tariffs tariffs;

	private final ServiceAccounts accounts;

	private final AccessLog accessLog;

	private final Clock clock;

	private final PlatformTransactionManager transactionManager;

	/**
	 * The other ways the account's own tariff offers it: without time-of-use prices (for
	 * a time-of-use meter on steps with time-of-use prices), or the other basic-charge
	 * basis of a two-part tariff. Empty for most accounts, without reading anything.
	 */
	public List<WhatIfScenario> options(ServiceAccountView account) {
		SupplyTerms terms = account.supplyTerms();
		if (terms == null || !(terms.timeOfUse() || terms.isTwoPart())) {
			return List.of();
		}
		Optional<TariffStructure> structure = currentStructure(account);
		if (structure.isEmpty()) {
			return List.of();
		}
		List<WhatIfScenario> options = new ArrayList<>();
		TariffStructure.EnergyCharge energy = structure.get().energy();
		if (terms.timeOfUse() && energy.kind() == TariffStructure.EnergyKind.TIERED
				&& energy.tiers().getFirst().hasBandPrices()) {
			options.add(WhatIfScenario.SINGLE_RATE);
		}
		if (terms.isTwoPart() && structure.get().isTwoPart()) {
			BasicChargeBasis other = (terms.basicChargeBasis() == BasicChargeBasis.CAPACITY) ? BasicChargeBasis.DEMAND
					: BasicChargeBasis.CAPACITY;
			TariffStructure.BasicCharge basic = structure.get().basicCharge();
			boolean offered = (other == BasicChargeBasis.CAPACITY)
					? basic.perKva() != null && terms.contractedKva() != null : basic.perKw() != null;
			if (offered) {
				options.add(new WhatIfScenario(null, false, other));
			}
		}
		return options;
	}

	/**
	 * The comparison a customer sees on their bill page: the first option their tariff
	 * offers, when there is one.
	 */
	public Optional<WhatIfComparison> forCustomer(ServiceAccountView account) {
		List<WhatIfScenario> options = options(account);
		if (options.isEmpty()) {
			// Most accounts: no transaction either (it was a tenth of a bill page's
			// time).
			return Optional.empty();
		}
		TransactionTemplate readOnly = new TransactionTemplate(this.transactionManager);
		readOnly.setReadOnly(true);
		return Optional.ofNullable(readOnly.execute((status) -> compare(account, options.getFirst())));
	}

	/** A comparison for staff, written to the access log. */
	@Transactional
	public WhatIfComparison forStaff(long accountId, WhatIfScenario scenario, PortalPrincipal staff,
			AccessChannel channel) {
		ServiceAccountView account = this.accounts.view(accountId);
		this.accessLog.record(staff, AccessAction.VIEW, channel, account.customerId(), null,
				"what if " + account.accountNumber());
		return compare(account, scenario);
	}

	/** The published tariffs an account's bills can be re-priced under (same utility). */
	@Transactional(readOnly = true)
	public List<TariffView> tariffsFor(ServiceAccountView account) {
		return this.tariffs.all()
			.stream()
			.filter((tariff) -> tariff.utility() == account.utility())
			.filter((tariff) -> tariff.versions().stream().anyMatch((version) -> version.isPublished()))
			.toList();
	}

	private WhatIfComparison compare(ServiceAccountView account, WhatIfScenario scenario) {
		TariffView tariff = (scenario.tariffId() != null) ? this.tariffs.tariff(scenario.tariffId())
				: this.tariffs.all()
					.stream()
					.filter((candidate) -> candidate.utility() == account.utility()
							&& candidate.category() == account.tariffCategory())
					.findFirst()
					.orElseThrow();
		SupplyTerms terms = (scenario.basis() != null) ? account.supplyTerms().withBasis(scenario.basis())
				: account.supplyTerms();
		List<BilledPeriod> bills = this.queries.recent(account.id(), MONTHS + 1);
		Map<Long, Reading> readings = bills.isEmpty() ? Map.of()
				: this.readings.since(account.id(), bills.getFirst().from().minusYears(1))
					.stream()
					.collect(Collectors.toMap(Reading::id, Function.identity()));
		PriceBook prices = this.tariffs.priceBook();
		List<WhatIfComparison.Row> rows = new ArrayList<>();
		for (int i = Math.max(0, bills.size() - MONTHS); i < bills.size(); i++) {
			BilledPeriod bill = bills.get(i);
			BigDecimal yearToDate = (i > 0)
					? BillBuilder.yearToDate(bills.get(i - 1).to(), bills.get(i - 1).yearConsumption(), bill.from())
					: bill.yearConsumption().subtract(bill.consumption());
			rows.add(
					row(bill, readings, prices.versionsFor(tariff.utility(), tariff.category(), bill.from(), bill.to()),
							yearToDate.max(BigDecimal.ZERO), scenario, terms));
		}
		Money billed = sum(rows, WhatIfComparison.Row::billed);
		Money alternative = sum(rows, WhatIfComparison.Row::alternative);
		return new WhatIfComparison(account, scenario, List.of(tariff.nameZh(), tariff.nameEn()), rows, billed,
				alternative);
	}

	private static WhatIfComparison.Row row(BilledPeriod bill, Map<Long, Reading> readings,
			List<PricedVersion> versions, BigDecimal yearToDate, WhatIfScenario scenario, SupplyTerms terms) {
		Reading opening = readings.get(bill.openingReadingId());
		Reading closing = readings.get(bill.closingReadingId());
		String note = null;
		if (bill.corrected() || opening == null || closing == null || !opening.source().isMeasured()
				|| !closing.source().isMeasured()) {
			note = "whatIf.note.estimated";
		}
		else if (versions.isEmpty()) {
			note = "whatIf.note.noTariff";
		}
		if (note != null) {
			return new WhatIfComparison.Row(bill.billNumber(), bill.from(), bill.to(), bill.consumption(),
					bill.billed(), null, note);
		}
		Consumption consumption = closing.consumptionSince(opening);
		if (scenario.singleRate()) {
			consumption = consumption.withoutBands();
		}
		try {
			Money alternative = TariffCalculator
				.charge(versions, bill.from(), bill.to(), consumption, yearToDate, terms)
				.total();
			return new WhatIfComparison.Row(bill.billNumber(), bill.from(), bill.to(), bill.consumption(),
					bill.billed(), alternative, null);
		}
		catch (IllegalArgumentException ex) {
			return new WhatIfComparison.Row(bill.billNumber(), bill.from(), bill.to(), bill.consumption(),
					bill.billed(), null, "whatIf.note.cannotPrice");
		}
	}

	private Optional<TariffStructure> currentStructure(ServiceAccountView account) {
		return this.tariffs.published(LocalDate.now(this.clock))
			.stream()
			.filter((tariff) -> tariff.utility() == account.utility() && tariff.category() == account.tariffCategory()
					&& tariff.inForce() != null)
			.findFirst()
			.map((tariff) -> tariff.inForce().structure());
	}

	private static Money sum(List<WhatIfComparison.Row> rows, Function<WhatIfComparison.Row, Money> amount) {
		return rows.stream().filter(WhatIfComparison.Row::isComparable).map(amount).reduce(Money.ZERO, Money::plus);
	}

}
