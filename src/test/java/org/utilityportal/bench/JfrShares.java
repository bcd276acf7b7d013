package org.utilityportal.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a flight recording taken under a benchmark ({@code -Dbench.jvmArgs=
 * "-XX:StartFlightRecording=settings=profile,filename=..."}) and prints, for the samples
 * of the portal's request threads (a stack through Tomcat's filter chain), the share of
 * processor samples and of sampled allocation whose stack passes through each named part
 * (inclusive), and the methods with the most samples of their own. Run with {@code java
 * src/test/java/org/utilityportal/bench/JfrShares.java recording.jfr [since=<instant>]
 * [until=<instant>] [label=regex ...]}: only the events between the two instants (e.g.
 * the measured requests after the warm-up); a regex is matched against each frame's
 * {@code class.method}.
 */
public final class JfrShares {

	private static final int DEPTH = Integer.getInteger("bench.explain.depth", 3);

	private static final Pattern REQUEST = Pattern
		.compile("org\\.apache\\.catalina\\.core\\.ApplicationFilterChain\\..*");

	private static final Map<String, String> PARTS = new LinkedHashMap<>();

	static {
		PARTS.put("the request thread's whole work (Tomcat and below)", "org\\.apache\\.coyote\\.AbstractProtocol.*");
		PARTS.put("Tomcat's valves (before the filters)",
				"org\\.apache\\.catalina\\.core\\.StandardWrapperValve\\.invoke");
		PARTS.put("filter: Boot's (encoding, form content, request context)",
				".*(CharacterEncodingFilter|FormContentFilter|RequestContextFilter)\\.doFilterInternal");
		PARTS.put("filter: request id", ".*RequestIdFilter\\.doFilterInternal");
		PARTS.put("filter: database unavailable", ".*DatabaseUnavailableFilter\\.doFilterInternal");
		PARTS.put("filter: observation (http.server.requests)", ".*ServerHttpObservationFilter\\.doFilterInternal");
		PARTS.put("filter: fair admission", ".*FairAdmissionFilter\\.doFilter.*");
		PARTS.put("filter: response buffer", ".*ResponseBufferFilter\\.doFilter.*");
		PARTS.put("filter: Spring Session", ".*SessionRepositoryFilter\\.doFilterInternal");
		PARTS.put("  session read (findById)", ".*JdbcIndexedSessionRepository\\.findById");
		PARTS.put("  session save/commit",
				".*SessionRepositoryFilter\\$SessionRepositoryRequestWrapper\\.commitSession");
		PARTS.put("  attribute deserialization", ".*DeserializingConverter\\.convert");
		PARTS.put("filter: session saved once", ".*SessionSavedOnceFilter\\.doFilterInternal");
		PARTS.put("filter: Spring Security chain", ".*FilterChainProxy\\.doFilterInternal");
		PARTS.put("  security context load", ".*SecurityContextHolderFilter\\.doFilter");
		PARTS.put("  CSRF filter", ".*CsrfFilter\\.doFilterInternal");
		PARTS.put("  header writer", ".*HeaderWriterFilter\\.doHeadersBefore");
		PARTS.put("  authorization filter", ".*AuthorizationFilter\\.doFilter");
		PARTS.put("  password change required", ".*PasswordChangeRequiredFilter\\.doFilterInternal");
		PARTS.put("  multipart guard", ".*MultipartGuardFilter\\.doFilterInternal");
		PARTS.put("DispatcherServlet", ".*DispatcherServlet\\.doDispatch");
		PARTS.put("  handler mapping", ".*DispatcherServlet\\.getHandler");
		PARTS.put("  interceptors (locale change)", ".*HandlerExecutionChain\\.applyPreHandle");
		PARTS.put("  argument resolution", ".*InvocableHandlerMethod\\.getMethodArgumentValues");
		PARTS.put("  view resolution", ".*DispatcherServlet\\.resolveViewName");
		PARTS.put("  controller (handler invocation)", ".*InvocableHandlerMethod\\.invokeForRequest");
		PARTS.put("    transaction begin", ".*(JpaTransactionManager|DataSourceTransactionManager)\\.doBegin");
		PARTS.put("    transaction commit", ".*AbstractPlatformTransactionManager\\.(processCommit|commit)");
		PARTS.put("    transaction cleanup",
				".*(JpaTransactionManager|DataSourceTransactionManager)\\.doCleanupAfterCompletion");
		PARTS.put("    search statements", ".*CustomerSearchQueries\\.(find|hits)");
		PARTS.put("    access-log record", ".*audit\\.AccessLog\\.record");
		PARTS.put("    method security", ".*AuthorizationManagerBeforeMethodInterceptor\\.invoke");
		PARTS.put("  view rendering (Thymeleaf)", ".*ThymeleafView\\.render");
		PARTS.put("    message lookups",
				".*(AbstractMessageSource|SpringMessageResolver)\\.(getMessage|resolveMessage)");
		PARTS.put("    navigation (menu)", ".*shared\\.web\\.Navigation\\..*");
		PARTS.put("    URL expressions (@{...})", ".*(StandardLinkBuilder|LinkBuilder)\\.buildLink");
		PARTS.put("    CSRF token in forms", ".*(CsrfRequestDataValueProcessor|RequestDataValueProcessor).*");
		PARTS.put("request attributes through wrappers", "jakarta\\.servlet\\.ServletRequestWrapper\\.getAttribute");
		PARTS.put("response output (Tomcat's buffer)",
				"org\\.apache\\.catalina\\.connector\\.(OutputBuffer|CoyoteWriter)\\..*");
		PARTS.put("virtual thread parking (stack copied)", "jdk\\.internal\\.vm\\.Continuation\\.(yield|run).*");
		PARTS.put("JDBC: pgjdbc executing",
				"org\\.postgresql\\.jdbc\\.PgStatement\\.execute.*|org\\.postgresql\\.jdbc\\.PgPreparedStatement\\.execute.*");
		PARTS.put("JDBC: datasource-proxy listeners (test only)", "net\\.ttddyy\\.dsproxy\\..*Listener.*\\..*");
		PARTS.put("Hikari getConnection", "com\\.zaxxer\\.hikari\\.HikariDataSource\\.getConnection");
		PARTS.put("logging", "(ch\\.qos\\.logback|org\\.slf4j)\\..*");
		PARTS.put("exceptions constructed", "java\\.lang\\.Throwable\\.<init>");
	}

	private JfrShares() {
	}

	public static void main(String[] args) throws IOException {
		Map<String, Pattern> parts = new LinkedHashMap<>();
		PARTS.forEach((label, regex) -> parts.put(label, Pattern.compile(regex)));
		Instant since = Instant.MIN;
		Instant until = Instant.MAX;
		String explain = null;
		Pattern callers = null;
		for (int i = 1; i < args.length; i++) {
			String[] pair = args[i].split("=", 2);
			switch (pair[0]) {
				case "since" -> since = Instant.parse(pair[1]);
				case "until" -> until = Instant.parse(pair[1]);
				case "explain" -> explain = pair[1];
				case "callers" -> callers = Pattern.compile(pair[1]);
				default -> parts.put(pair[0], Pattern.compile(pair[1]));
			}
		}
		Tally cpu = new Tally(parts);
		Tally allocation = new Tally(parts);
		Map<String, Long> selfFrames = new HashMap<>();
		Map<String, Long> allocatedClasses = new HashMap<>();
		Map<String, Long> explained = new HashMap<>();
		long allSamples = 0;
		long exceptions = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
			if (event.getStartTime().isBefore(since) || event.getStartTime().isAfter(until)) {
				continue;
			}
			String type = event.getEventType().getName();
			RecordedStackTrace stack = event.getStackTrace();
			if (type.equals("jdk.JavaExceptionThrow") || type.equals("jdk.JavaErrorThrow")) {
				exceptions++;
			}
			if (stack == null) {
				continue;
			}
			List<String> frames = frames(stack);
			boolean request = frames.stream().anyMatch((frame) -> REQUEST.matcher(frame).matches());
			if (type.equals("jdk.ExecutionSample")) {
				allSamples++;
				if (request) {
					cpu.add(frames, 1);
					selfFrames.merge(frames.get(0), 1L, Long::sum);
					if (callers != null && callers.matcher(frames.get(0)).matches()) {
						explained.merge(String.join(" > ", frames.subList(0, Math.min(frames.size(), DEPTH + 1))), 1L,
								Long::sum);
					}
					if (explain != null) {
						cpu.callees(frames, explain).ifPresent((callee) -> explained.merge(callee, 1L, Long::sum));
					}
				}
			}
			else if (type.equals("jdk.ObjectAllocationSample") && request) {
				long weight = event.getLong("weight");
				allocation.add(frames, weight);
				allocatedClasses.merge(event.getClass("objectClass").getName(), weight, Long::sum);
			}
		}
		System.out.printf("%d execution samples, %d of them in request threads; %d exceptions thrown%n%n", allSamples,
				cpu.total, exceptions);
		System.out.println("| part | request samples: in it / its own | request allocation: in it / its own |");
		System.out.println("|---|---|---|");
		for (String label : parts.keySet()) {
			System.out.printf("| %s | %.1f%% / %.1f%% | %.1f%% / %.1f%% |%n", label, cpu.share(label),
					cpu.ownShare(label), allocation.share(label), allocation.ownShare(label));
		}
		System.out.println();
		System.out.println("| method (own samples) | share |");
		System.out.println("|---|---|");
		top(selfFrames, 40).forEach((frame, count) -> System.out.printf("| %s | %.1f%% |%n", frame,
				100.0 * count / Math.max(1, cpu.total)));
		if (explain != null || callers != null) {
			System.out.println();
			System.out.println("| what the own samples of \"" + explain + "\" were doing, or who called " + callers
					+ " (" + DEPTH + " frames) | share |");
			System.out.println("|---|---|");
			top(explained, 30).forEach((callee, count) -> System.out.printf("| %s | %.1f%% |%n", callee,
					100.0 * count / Math.max(1, cpu.total)));
		}
		System.out.println();
		System.out.println("| class allocated (sampled weight) | share |");
		System.out.println("|---|---|");
		top(allocatedClasses, 25).forEach((name, weight) -> System.out.printf("| %s | %.1f%% |%n", name,
				100.0 * weight / Math.max(1, allocation.total)));
	}

	private static List<String> frames(RecordedStackTrace stack) {
		List<String> frames = new ArrayList<>();
		for (RecordedFrame frame : stack.getFrames()) {
			frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
		}
		return frames;
	}

	private static Map<String, Long> top(Map<String, Long> counts, int limit) {
		Map<String, Long> top = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(limit)
			.forEach((entry) -> top.put(entry.getKey(), entry.getValue()));
		return top;
	}

	/** Weights of stacks by the parts they pass through, each part once a stack. */
	private static final class Tally {

		private final Map<String, Pattern> parts;

		private final Map<String, Long> weights = new HashMap<>();

		private final Map<String, Long> own = new HashMap<>();

		private long total;

		Tally(Map<String, Pattern> parts) {
			this.parts = parts;
		}

		void add(List<String> frames, long weight) {
			this.total += weight;
			innermost(frames).ifPresent((label) -> this.own.merge(label, weight, Long::sum));
			Set<String> seen = new HashSet<>();
			for (String frame : frames) {
				this.parts.forEach((label, pattern) -> {
					if (!seen.contains(label) && pattern.matcher(frame).matches()) {
						seen.add(label);
						this.weights.merge(label, weight, Long::sum);
					}
				});
			}
		}

		/**
		 * For a stack whose own part is {@code label}: the frames (up to
		 * {@code bench.explain.depth}, 3) called from that part's frame.
		 */
		java.util.Optional<String> callees(List<String> frames, String label) {
			for (int i = 0; i < frames.size(); i++) {
				String frame = frames.get(i);
				for (Map.Entry<String, Pattern> part : this.parts.entrySet()) {
					if (part.getValue().matcher(frame).matches()) {
						if (!part.getKey().equals(label)) {
							return java.util.Optional.empty();
						}
						return java.util.Optional
							.of(String.join(" < ", frames.subList(Math.max(0, i - DEPTH), i).reversed()));
					}
				}
			}
			return java.util.Optional.empty();
		}

		/** The part nearest the top of the stack: the one whose own work this is. */
		private java.util.Optional<String> innermost(List<String> frames) {
			for (String frame : frames) {
				for (Map.Entry<String, Pattern> part : this.parts.entrySet()) {
					if (part.getValue().matcher(frame).matches()) {
						return java.util.Optional.of(part.getKey());
					}
				}
			}
			return java.util.Optional.empty();
		}

		double share(String label) {
			return 100.0 * this.weights.getOrDefault(label, 0L) / Math.max(1, this.total);
		}

		double ownShare(String label) {
			return 100.0 * this.own.getOrDefault(label, 0L) / Math.max(1, this.total);
		}

	}

}
