package org.utilityportal.payment;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.utilityportal.payment.internal.Reconciliation;
import org.utilityportal.payment.internal.ReconciliationDifference;
import org.utilityportal.payment.internal.ReconciliationDifferenceRepository;
import org.utilityportal.payment.internal.ReconciliationReport;
import org.utilityportal.payment.internal.ReconciliationRepository;
import org.utilityportal.payment.internal.StatementWriter;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.web.NotFoundException;

/**
 * Daily reconciliation (对账). A provider's statement of a day (uploaded, or fetched from
 * the provider) is compared with the orders the portal saw paid that day; the bank's
 * statement with the direct debits of that day's collection the bank returned as paid.
 * Matched lines are counted; every line missing on either side and every amount that
 * differs becomes a task, closed with a reason. A statement with any wrong line is
 * refused whole; each source and day is reconciled once.
 */
@Service
public class Reconciliations {

	private final ReconciliationRepository reconciliations;

	private final ReconciliationDifferenceRepository differences;

	private final StatementWriter writer;

	private final ReconciliationReport report;

	private final PaymentOrders orders;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Reconciliations(ReconciliationRepository reconciliations, ReconciliationDifferenceRepository differences,
			StatementWriter writer, ReconciliationReport report, PaymentOrders orders,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.reconciliations = reconciliations;
		this.differences = differences;
		this.writer = writer;
		this.report = report;
		this.orders = orders;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** The sources reconciled: the providers switched on, and the bank. */
	public List<String> sources() {
		List<String> sources = new ArrayList<>(this.orders.providers().stream().map(PaymentProvider::code).toList());
		sources.add(StatementWriter.BANK);
		return sources;
	}

	/**
	 * Imports a statement and compares it.
	 * @throws NotFoundException for an unknown source
	 */
	public ReconcileResult reconcile(String source, LocalDate day, InputStream file, String fileName, String by) {
		if (!sources().contains(source)) {
			throw new NotFoundException("Statement source " + source);
		}
		return this.transactions.execute((status) -> {
			if (this.reconciliations.existsBySourceAndStatementDate(source, day)) {
				return refused(new ImportProblem(1, "", "reconciliation.error.done", List.of(day.toString())));
			}
			Reconciliation reconciliation = this.reconciliations
				.saveAndFlush(new Reconciliation(source, day, fileName, by, this.clock.instant()));
			List<ImportProblem> problems = this.writer.stage(reconciliation.getId(), source, day, file);
			if (!problems.isEmpty()) {
				status.setRollbackOnly();
				return new ReconcileResult(problems, null);
			}
			reconciliation.compared(this.writer.compare(reconciliation.getId(), source, day, this.clock.getZone()));
			this.reconciliations.flush();
			return new ReconcileResult(List.of(), view(reconciliation));
		});
	}

	/**
	 * Fetches a provider's statement of a day from the provider and reconciles it.
	 * @return the result, or a refusal when the provider offers no statement
	 */
	public ReconcileResult fetch(String provider, LocalDate day, String by) {
		PaymentProvider adapter = this.orders.providers()
			.stream()
			.filter((p) -> p.code().equals(provider))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Payment provider " + provider));
		var statement = adapter.statement(day);
		if (statement.isEmpty()) {
			return refused(new ImportProblem(1, "", "reconciliation.error.fetch", List.of()));
		}
		InputStream file = new ByteArrayInputStream(statement.get().getBytes(StandardCharsets.UTF_8));
		return reconcile(provider, day, file, provider + "-" + day + ".txt", by);
	}

	/** The latest reconciliations, newest day first. */
	@Transactional(readOnly = true)
	public List<ReconciliationView> recent(int limit) {
		return this.reconciliations.recent(org.springframework.data.domain.Limit.of(limit))
			.stream()
			.map(this::view)
			.toList();
	}

	/** One reconciliation. */
	@Transactional(readOnly = true)
	public ReconciliationView reconciliation(long id) {
		return view(load(id));
	}

	/** A page of a reconciliation's differences, open ones first. */
	@Transactional(readOnly = true)
	public List<DifferenceView> differences(long id, int page, int size) {
		load(id);
		return this.report.differences(id, page * size, size);
	}

	/** Writes every difference of a reconciliation as CSV. */
	@Transactional(readOnly = true)
	public void csv(long id, PrintWriter out, List<String> header) {
		load(id);
		this.report.csv(id, out, header);
	}

	/**
	 * Closes a difference with the reason it is settled.
	 * @throws StaleEditException when it changed since it was read
	 */
	@Transactional
	public void close(long differenceId, long version, String reason, String by) {
		ReconciliationDifference difference = this.differences.findById(differenceId)
			.orElseThrow(() -> new NotFoundException("Difference"));
		if (difference.getVersion() != version) {
			throw new StaleEditException("Difference " + differenceId);
		}
		difference.close(reason.strip(), by, this.clock.instant());
		this.differences.flush();
	}

	/** The reconciliation a difference belongs to. */
	@Transactional(readOnly = true)
	public long reconciliationOf(long differenceId) {
		return this.differences.findById(differenceId)
			.orElseThrow(() -> new NotFoundException("Difference"))
			.getReconciliationId();
	}

	private Reconciliation load(long id) {
		return this.reconciliations.findById(id).orElseThrow(() -> new NotFoundException("Reconciliation"));
	}

	private ReconciliationView view(Reconciliation r) {
		return new ReconciliationView(r.getId(), r.getSource(), r.getStatementDate(), r.getFileName(),
				r.getImportedBy(), r.getImportedAt(), r.getStatementCount(), r.getStatementTotal(), r.getPortalCount(),
				r.getPortalTotal(), r.getMatchedCount(), r.getMissingInPortal(), r.getMissingInStatement(),
				r.getAmountDifferences(), this.report.open(r.getId()));
	}

	private static ReconcileResult refused(ImportProblem problem) {
		return new ReconcileResult(List.of(problem), null);
	}

}
