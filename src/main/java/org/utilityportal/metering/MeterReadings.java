package org.utilityportal.metering;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.utilityportal.customer.ServiceAccountView;
import org.utilityportal.customer.ServiceAccounts;
import org.utilityportal.metering.internal.MeterReading;
import org.utilityportal.metering.internal.MeterReadingRepository;
import org.utilityportal.metering.internal.EstimateWriter;
import org.utilityportal.metering.internal.PeriodReadingQueries;
import org.utilityportal.metering.internal.ReadingImportWriter;
import org.utilityportal.shared.domain.SupplyTerms;
import org.utilityportal.shared.security.PortalPrincipal;
import org.utilityportal.tariff.PricedVersion;
import org.utilityportal.tariff.TariffStructure;
import org.utilityportal.tariff.Tariffs;

/**
 * Recording, checking and estimating meter readings. Nothing is saved when a check fails;
 * a consumption more than {@value #HIGH_USAGE_FACTOR} times the usual daily use of the
 * last 12 months is saved only when confirmed, and is then flagged.
 */
@Service
@RequiredArgsConstructor
public class MeterReadings {

	/** How many times the usual daily use counts as far above the usual. */
	public static final int HIGH_USAGE_FACTOR = 3;

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private final MeterReadingRepository readings;

	private final ReadingImportWriter importWriter;

	private final PeriodReadingQueries periodReadings;

	private final EstimateWriter estimateWriter;

	private final ServiceAccounts accounts;

	private final Tariffs tariffs;

	private final Clock clock;

	/**
	 * An opening reading from the legacy system (the go-live import): the register value
	 * on the day the legacy system last read it, where the first bill in the portal
	 * starts.
	 *
	 * @param accountId the account
	 * @param readOn the day
	 * @param total the register value, 3 decimals at most, not negative
	 */
	public record OpeningReading(long accountId, LocalDate readOn, BigDecimal total) {
	}

	/**
	 * Records opening readings in bulk, as actual readings, in the caller's transaction;
	 * a day already read is left as it is.
	 * @return how many were recorded
	 */
	@Transactional
	public int importOpening(List<OpeningReading> readings, String by) {
		return readings.isEmpty() ? 0 : this.importWriter.write(readings, by, this.clock.instant());
	}

	/** The newest readings of an account, newest first. */
	@Transactional(readOnly = true)
	public List<Reading> history(long accountId, int limit) {
		return latest(accountId, limit);
	}

	/** The readings of an account on or after a day, oldest first. */
	@Transactional(readOnly = true)
	public List<Reading> since(long accountId, LocalDate from) {
		return readingsSince(accountId, from);
	}

	/** One reading. */
	@Transactional(readOnly = true)
	public Optional<Reading> find(long readingId) {
		return this.readings.findById(readingId).map(MeterReading::view);
	}

	/**
	 * Readings by id, in one statement however many are asked for (a billing page's
	 * re-bills start from them); an id with no reading is not in the map.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Reading> findAll(Collection<Long> readingIds) {
		Map<Long, Reading> found = new HashMap<>();
		if (!readingIds.isEmpty()) {
			this.readings.findAllById(readingIds).forEach((stored) -> {
				Reading reading = stored.view();
				found.put(reading.id(), reading);
			});
		}
		return found;
	}

	/** The latest reading on or before a day. */
	@Transactional(readOnly = true)
	public Optional<Reading> lastOnOrBefore(long accountId, LocalDate day) {
		return lastOnOrBeforeDay(accountId, day);
	}

	/**
	 * Whether the account's meter must give peak, flat and valley registers (its tariff
	 * is time-of-use, or the account has a time-of-use meter), its maximum demand (every
	 * two-part account: billed on it when the basic charge is by demand, and kept when it
	 * is by capacity so that the "what if" by demand can price the period) and its
	 * reactive register (assessed on its power factor).
	 */
	@Transactional(readOnly = true)
	public Registers registers(ServiceAccountView account) {
		LocalDate today = LocalDate.now(this.clock);
		List<PricedVersion> versions = this.tariffs.priceBook()
			.versionsFor(account.utility(), account.tariffCategory(), today, today.plusDays(1));
		boolean timeOfUseTariff = !versions.isEmpty()
				&& versions.getFirst().structure().energy().kind() == TariffStructure.EnergyKind.TIME_OF_USE;
		SupplyTerms terms = account.supplyTerms();
		return new Registers(timeOfUseTariff || terms.timeOfUse(), terms.isTwoPart(), terms.assessesPowerFactor());
	}

	/**
	 * Checks and saves a reading.
	 * @return the saved reading, or empty when {@code errors} say what is wrong
	 */
	@Transactional
	public Optional<Reading> record(long accountId, ReadingForm form, PortalPrincipal by, ReadingSource source,
			Errors errors) {
		ServiceAccountView account = this.accounts.view(accountId);
		if (!account.isOpen() || !account.utility().isMetered()) {
			errors.reject("reading.error.notMetered");
			return Optional.empty();
		}
		Registers registers = registers(account);
		ReadingChecks.registers(form, registers, source, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		if (form.getReadOn().isAfter(LocalDate.now(this.clock))) {
			errors.rejectValue("readOn", "validation.notInFuture");
			return Optional.empty();
		}
		Optional<Reading> latest = latest(accountId, 1).stream().findFirst();
		if (latest.isPresent() && !latest.get().readOn().isBefore(form.getReadOn())) {
			errors.rejectValue("readOn", "reading.error.notAfterLatest", new Object[] { latest.get().readOn() }, null);
			return Optional.empty();
		}
		Reading reading = ReadingChecks.toReading(accountId, form, registers, source, by.username(),
				this.clock.instant());
		if (latest.isEmpty()) {
			return Optional.of(save(reading));
		}
		ReadingChecks.againstPrevious(reading, latest.get(), errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		BigDecimal consumption = reading.consumptionSince(latest.get()).total();
		long days = ChronoUnit.DAYS.between(latest.get().readOn(), reading.readOn());
		Optional<BigDecimal> usual = usualDailyUsage(accountId, latest.get().readOn());
		boolean high = usual.filter((perDay) -> perDay.signum() > 0)
			.map((perDay) -> consumption.compareTo(perDay.multiply(BigDecimal.valueOf(days * HIGH_USAGE_FACTOR))) > 0)
			.orElse(false);
		if (high && !form.isConfirmHighUsage()) {
			BigDecimal times = consumption.divide(usual.get().multiply(BigDecimal.valueOf(days)), 1,
					RoundingMode.HALF_UP);
			errors.rejectValue("confirmHighUsage", "reading.error.highUsage",
					new Object[] { consumption.stripTrailingZeros().toPlainString(), times.toPlainString() }, null);
			return Optional.empty();
		}
		return Optional.of(save(high ? ReadingChecks.flagged(reading) : reading));
	}

	/**
	 * The usual consumption per day over the 12 months before a day, from the readings in
	 * that window; empty with fewer than two readings or less than 28 days between them.
	 */
	@Transactional(readOnly = true)
	public Optional<BigDecimal> usualDailyUsage(long accountId, LocalDate until) {
		List<Reading> window = readingsSince(accountId, until.minusDays(ReadingChecks.HISTORY_DAYS)).stream()
			.filter((reading) -> !reading.readOn().isAfter(until))
			.toList();
		return ReadingChecks.dailyUsage(window);
	}

	/**
	 * Estimated readings of many accounts for a day, in one statement however many are
	 * asked for (the billing run asks for those of a page of accounts with no reading
	 * since their period's opening one). Each is the latest reading before the day plus
	 * the usual daily use over the 365 days up to that reading, quantities to 3 decimals
	 * (the rule of {@code ReadingChecks.estimate}); an account with no reading before the
	 * day, or too short a history, has none in the map. Not saved
	 * ({@link #saveEstimates}).
	 * @param accountIds the accounts
	 * @param day the day to estimate the register for
	 * @return the estimates by account
	 */
	@Transactional(readOnly = true)
	public Map<Long, Reading> estimates(Collection<Long> accountIds, LocalDate day) {
		Instant at = this.clock.instant();
		Map<Long, Reading> estimates = new HashMap<>();
		this.periodReadings.estimateBases(accountIds, day.minusDays(1), ReadingChecks.HISTORY_DAYS)
			.forEach((accountId, oldestFirst) -> ReadingChecks.estimate(oldestFirst.getLast(), oldestFirst, day, at)
				.ifPresent((estimate) -> estimates.put(accountId, estimate)));
		return estimates;
	}

	/**
	 * Saves an estimated reading (the billing run does when no actual reading came in).
	 */
	@Transactional
	public Reading saveEstimate(Reading estimate) {
		return save(estimate);
	}

	/**
	 * The opening and closing readings of many accounts' billing periods, by account, in
	 * one statement however many are asked for (an account without either reading is
	 * given {@code null} for it). The billing run reads a page of accounts at a time with
	 * it.
	 */
	@Transactional(readOnly = true)
	public Map<Long, PeriodReadings> forPeriods(List<PeriodReadings.Wanted> wanted) {
		return this.periodReadings.find(wanted);
	}

	/**
	 * Saves the estimated readings of a chunk of the billing run, as entered by
	 * {@code billing} at {@code at}, in one JDBC batch in the caller's transaction; their
	 * ids in the order given. Not checked: the run estimated them from the account's
	 * history ({@link #estimates}).
	 */
	@Transactional
	public List<Long> saveEstimates(List<Reading> estimates, Instant at) {
		return this.estimateWriter.write(estimates, at);
	}

	/**
	 * Saves readings as they are given, without the checks of {@link #record} (demo data,
	 * consistent by construction), in the caller's transaction.
	 */
	@Transactional
	public void saveAsGiven(List<Reading> given) {
		this.readings.saveAll(given.stream().map(MeterReading::new).toList());
	}

	private Reading save(Reading reading) {
		return this.readings.save(new MeterReading(reading)).view();
	}

	private List<Reading> latest(long accountId, int limit) {
		return this.readings.findByAccountIdOrderByReadOnDesc(accountId, Limit.of(limit))
			.stream()
			.map(MeterReading::view)
			.toList();
	}

	private List<Reading> readingsSince(long accountId, LocalDate from) {
		return this.readings.findByAccountIdAndReadOnGreaterThanEqualOrderByReadOn(accountId, from)
			.stream()
			.map(MeterReading::view)
			.toList();
	}

	private Optional<Reading> lastOnOrBeforeDay(long accountId, LocalDate day) {
		return this.readings.findFirstByAccountIdAndReadOnLessThanEqualOrderByReadOnDesc(accountId, day)
			.map(MeterReading::view);
	}

	static BigDecimal divide(BigDecimal value, long by) {
		return value.divide(BigDecimal.valueOf(by), PRECISION);
	}

}
