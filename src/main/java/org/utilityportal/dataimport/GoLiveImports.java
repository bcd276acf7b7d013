package org.utilityportal.dataimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.utilityportal.dataimport.internal.ImportExecution;
import org.utilityportal.dataimport.internal.ImportRejectionQueries;
import org.utilityportal.dataimport.internal.ImportRun;
import org.utilityportal.dataimport.internal.ImportRunRepository;
import org.utilityportal.dataimport.internal.LegacyFile;
import org.utilityportal.shared.domain.StaleEditException;
import org.utilityportal.shared.web.NotFoundException;

/**
 * The go-live import for administrators: upload a legacy file (UTF-8 or GBK, chosen or
 * detected), which starts a dry run at once; read the rejected rows (or download them as
 * CSV with a message column); import the file when nothing was rejected. The file is kept
 * on this instance's disk ({@code portal.import.directory}) until it is imported, so a
 * run is carried out by the instance that received the upload; its state and progress are
 * in the database, so any page and any instance shows them. A run that stopped sending
 * heartbeats for {@value #STALE_MINUTES} minutes (its instance went away) counts as
 * failed, and nothing of it was kept.
 */
@Service
public class GoLiveImports {

	/** Minutes without a heartbeat after which a working run counts as interrupted. */
	public static final int STALE_MINUTES = 2;

	private final ImportRunRepository runs;

	private final ImportExecution execution;

	private final ImportRejectionQueries rejections;

	private final Clock clock;

	private final Path directory;

	GoLiveImports(ImportRunRepository runs, ImportExecution execution, ImportRejectionQueries rejections, Clock clock,
			@Value("${portal.import.directory:${java.io.tmpdir}/utility-portal-imports}") Path directory) {
		this.runs = runs;
		this.execution = execution;
		this.rejections = rejections;
		this.clock = clock;
		this.directory = directory;
	}

	/**
	 * Keeps an uploaded file and starts its dry run.
	 * @param charset {@code UTF-8}, {@code GBK}, or {@code AUTO} to detect it
	 * @return the run's id
	 */
	public long upload(String fileName, InputStream content, String charset, String by) {
		Path stored = this.directory.resolve(UUID.randomUUID() + ".csv");
		String sha256;
		try {
			Files.createDirectories(this.directory);
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(content, digest)) {
				Files.copy(in, stored);
			}
			sha256 = HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		String chosen = LegacyFile.CHARSETS.contains(charset) ? charset : LegacyFile.detectCharset(stored);
		String name = (fileName != null && !fileName.isBlank()) ? fileName.strip() : "import.csv";
		ImportRun run = this.runs.saveAndFlush(new ImportRun(name.substring(0, Math.min(200, name.length())), sha256,
				chosen, stored.toString(), by, this.clock.instant()));
		this.execution.check(run.getId());
		return run.getId();
	}

	/** Checks a file again (after a failure, or when the portal changed since). */
	public void checkAgain(long runId, long version) {
		ImportRunView run = run(runId);
		if (run.version() != version || run.working()) {
			throw new StaleEditException("Import " + runId);
		}
		this.execution.check(runId);
	}

	/**
	 * Starts the import of a file whose dry run rejected nothing.
	 * @return the message key of the refusal, or {@code null} when started
	 */
	public String startImport(long runId, long version, String by) {
		ImportRunView run = run(runId);
		if (run.version() != version) {
			throw new StaleEditException("Import " + runId);
		}
		if (!run.importable()) {
			return "import.refused.notChecked";
		}
		this.execution.importFile(runId, by);
		return null;
	}

	/** One run with its progress. */
	@Transactional
	public ImportRunView run(long runId) {
		ImportRun run = this.runs.findById(runId).orElseThrow(() -> new NotFoundException("Import"));
		if (run.isWorking() && run.getHeartbeatAt() != null
				&& run.getHeartbeatAt().plus(Duration.ofMinutes(STALE_MINUTES)).isBefore(this.clock.instant())) {
			run.failed("import.failure.interrupted", this.clock.instant());
			this.runs.flush();
		}
		return view(run);
	}

	/** The newest runs first. */
	@Transactional(readOnly = true)
	public List<ImportRunView> recent() {
		return this.runs.findTop20ByOrderByUploadedAtDesc().stream().map(GoLiveImports::view).toList();
	}

	/** The rejected rows of the latest dry run, by line. */
	@Transactional(readOnly = true)
	public List<RejectionView> rejections(long runId, int limit) {
		return this.rejections.of(runId, limit);
	}

	private static ImportRunView view(ImportRun run) {
		return new ImportRunView(run.getId(), run.getFileName(), run.getCharset(), run.getStatus().name(),
				run.getTotalRows(), run.getRowsDone(), run.getRejectedRows(), run.getCustomersAdded(),
				run.getAccountsAdded(), run.getReadingsAdded(), run.getBalancesAdded(), run.getFailure(),
				run.getUploadedBy(), run.getUploadedAt(), run.getFinishedAt(), run.getVersion());
	}

}
