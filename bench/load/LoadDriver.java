import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mixed load on the portal through its proxy, as people use it: customers reading their bills
 * and paying online (through the sandbox provider, so the portal runs with
 * PORTAL_PAYMENTS_SANDBOX=true), counter clerks searching customers, registering cases and
 * taking payments through the API, supervisors on the dashboard and case lists. Every user signs in once and
 * keeps its session; a session found lost (sent back to sign-in) is counted and signed in again.
 * A sign-in that did not succeed (refused by the sign-in throttle, or failed) is tried again
 * after the wait the portal names, and the user makes no other request meanwhile, so only a
 * session the user really had can be counted lost. Each simulated user comes from an address
 * of its own (198.51.100.n, a documentation range, in {@code X-Forwarded-For}, which the portal
 * believes from the proxy on 127.0.0.1), as people do; {@code -DsameAddress=true} sends them all
 * from the proxy's address instead, so the throttle's 5 tries a minute per address are shared.
 * Payments are retried with the same idempotency key after a failure, as a careful client does.
 *
 * java bench/load/LoadDriver.java BASE_URL SECONDS OUT_DIR [customers clerks supervisors] [accountIds]
 *
 * Writes to OUT_DIR: summary.md (per page and 5-minute slice: requests, p50/p95/p99 ms, 5xx,
 * connection errors), timeline.tsv (per second: ok, 5xx, 503, failed; second 0 is the time in
 * milliseconds since the epoch in started.txt), payments.tsv (every
 * payment key, its last status and receipt), cases.tsv (every registered case number),
 * errors.tsv. The fault scripts check payments.tsv and cases.tsv against the database.
 */
public class LoadDriver {

	static final String PASSWORD = "Portal#2026";

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	static final Pattern ORDER = Pattern.compile("(PO[0-9]{16})");

	static final Pattern RECEIPT = Pattern.compile("/my/receipts/(R[0-9]{11})");

	static final Pattern BILL = Pattern.compile("href=\"/my/bills/([A-Z0-9-]+)\"");

	static final Pattern CUSTOMER = Pattern.compile("href=\"/counter/customers/(\\d+)\"");

	static final String[] SEARCHES = { "张", "王", "李", "晓明", "刘", "陈", "13", "E1" };

	static final int CASE_PERCENT = Integer.getInteger("casePercent", 8);

	static final int PAYMENT_PERCENT = Integer.getInteger("paymentPercent", 8);

	static String base;

	static long startNanos;

	static long sliceSeconds = 300;

	static final Map<String, ConcurrentLinkedQueue<long[]>> samples = new ConcurrentHashMap<>();

	static final Map<Long, long[]> timeline = new ConcurrentHashMap<>();

	static final ConcurrentLinkedQueue<String> payments = new ConcurrentLinkedQueue<>();

	static final ConcurrentLinkedQueue<String> cases = new ConcurrentLinkedQueue<>();

	static final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();

	static final AtomicLong sessionsLost = new AtomicLong();

	static final AtomicLong signInsRefused = new AtomicLong();

	static final boolean SAME_ADDRESS = Boolean.getBoolean("sameAddress");

	static final AtomicLong addresses = new AtomicLong();

	static final Pattern WAIT = Pattern.compile("error=wait&seconds=(\\d+)");

	static final HttpClient.Version VERSION = HttpClient.Version.HTTP_1_1;

	static List<Long> accountIds = List.of();

	public static void main(String[] args) throws Exception {
		base = args[0];
		long seconds = Long.parseLong(args[1]);
		Path out = Path.of(args[2]);
		int customers = (args.length > 3) ? Integer.parseInt(args[3]) : 8;
		int clerks = (args.length > 4) ? Integer.parseInt(args[4]) : 4;
		int supervisors = (args.length > 5) ? Integer.parseInt(args[5]) : 2;
		if (args.length > 6 && !args[6].isBlank()) {
			accountIds = java.util.Arrays.stream(args[6].split(",")).map(Long::parseLong).toList();
		}
		sliceSeconds = Long.getLong("slice", 300);
		Files.createDirectories(out);
		startNanos = System.nanoTime();
		// The wall-clock time of second 0 of timeline.tsv, for the fault scripts.
		Files.writeString(out.resolve("started.txt"), System.currentTimeMillis() + "\n");
		long end = startNanos + seconds * 1_000_000_000L;
		List<Thread> users = new ArrayList<>();
		for (int i = 0; i < customers; i++) {
			String name = (i % 2 == 0) ? "customer1" : "customer2";
			users.add(Thread.ofVirtual().start(() -> run(new User(name), end, LoadDriver::customer)));
		}
		for (int i = 0; i < clerks; i++) {
			String name = (i % 2 == 0) ? "counter1" : "counter2";
			users.add(Thread.ofVirtual().start(() -> run(new User(name), end, LoadDriver::clerk)));
		}
		for (int i = 0; i < supervisors; i++) {
			users.add(Thread.ofVirtual().start(() -> run(new User("supervisor1"), end, LoadDriver::supervisor)));
		}
		for (Thread user : users) {
			user.join();
		}
		write(out);
	}

	interface Step {

		void run(User user) throws Exception;

	}

	static void run(User user, long end, Step step) {
		while (System.nanoTime() < end) {
			try {
				if (!user.signedIn && !user.signIn()) {
					// Not signed in: no other request until a later try succeeds.
					sleep(Math.max(0, Math.min(user.retryAfterMillis, (end - System.nanoTime()) / 1_000_000)));
					continue;
				}
				step.run(user);
			}
			catch (Exception ex) {
				sleep(500);
			}
			sleep(ThreadLocalRandom.current().nextLong(100, 600));
		}
	}

	static void customer(User user) throws Exception {
		Response list = user.get("my bills", "/my/bills");
		List<String> bills = all(BILL, list.body);
		if (bills.isEmpty()) {
			return;
		}
		String bill = bills.get(ThreadLocalRandom.current().nextInt(bills.size()));
		Response page = user.get("bill page", "/my/bills/" + bill);
		String token = first(TOKEN, page.body);
		if (token != null && ThreadLocalRandom.current().nextInt(100) < 3) {
			payOnline(user, bill, token, first(CSRF, page.body));
		}
	}

	/**
	 * Pays a bill through the sandbox provider as a browser would: the order (retried with
	 * the same form token, which returns the same order), the provider's checkout page and
	 * its pay button, back on the order's page with its receipt. The payment's key is
	 * {@code order-<order number>}.
	 */
	static void payOnline(User user, String bill, String token, String csrf) {
		String outcome = "failed";
		String order = null;
		String receipt = "";
		int attempts = 0;
		for (; attempts < 5 && "failed".equals(outcome); attempts++) {
			try {
				Response ordered = user.post("pay online", "/my/payments",
						"billNumber=" + bill + "&provider=sandbox&token=" + enc(token) + "&_csrf=" + enc(csrf));
				if (ordered.status != 302 || ordered.location == null || !ordered.location.contains("/sandbox-pay/")) {
					outcome = (ordered.status == 302) ? "nothing-due" : String.valueOf(ordered.status);
					break;
				}
				Response checkout = user.get("provider checkout", ordered.location);
				order = first(ORDER, checkout.body);
				Response paid = user.post("provider pay", ordered.location,
						"action=pay&_csrf=" + enc(first(CSRF, checkout.body)));
				if (paid.status == 302 && paid.location != null) {
					Response shown = user.get("order page", URI.create(paid.location).getPath());
					receipt = first(RECEIPT, shown.body);
					outcome = (receipt != null) ? "paid" : "waiting";
				}
			}
			catch (Exception ex) {
				outcome = "failed";
			}
			if ("failed".equals(outcome)) {
				sleep(1000);
			}
		}
		payments.add("order\t" + order + "\t" + outcome + "\t" + attempts + "\t" + (receipt == null ? "" : receipt));
	}

	static void clerk(User user) throws Exception {
		String text = SEARCHES[ThreadLocalRandom.current().nextInt(SEARCHES.length)];
		Response found = user.get("counter search", "/counter/customers?q=" + enc(text));
		List<String> ids = all(CUSTOMER, found.body);
		if (!ids.isEmpty()) {
			user.get("customer page", "/counter/customers/" + ids.get(0));
		}
		int dice = ThreadLocalRandom.current().nextInt(100);
		if (dice < CASE_PERCENT) {
			registerCase(user, ids.isEmpty() ? null : ids.get(0));
		}
		else if (dice < CASE_PERCENT + PAYMENT_PERCENT && !accountIds.isEmpty()) {
			long account = accountIds.get(ThreadLocalRandom.current().nextInt(accountIds.size()));
			String key = UUID.randomUUID().toString();
			String body = "{\"amount\":\"1.00\",\"method\":\"CASH\",\"idempotencyKey\":\"" + key + "\"}";
			pay(user, "api", key, () -> user.postApi("pay api", "/api/v1/accounts/" + account + "/payments", body));
		}
	}

	static void registerCase(User user, String customerId) throws Exception {
		Response form = user.get("case form", "/counter/cases/new");
		String csrf = first(CSRF, form.body);
		if (csrf == null) {
			return;
		}
		String body = "channel=COUNTER&nature=ENQUIRY&subject=BILLING&utility=ELECTRICITY"
				+ ((customerId != null) ? "&customerId=" + customerId : "&contactName=" + enc("压测用户"))
				+ "&contactPhone=13800000000&occurredAt=" + enc(java.time.LocalDateTime.now().withNano(0).minusHours(1).toString().substring(0, 16))
				+ "&place=" + enc("营业厅") + "&summary=" + enc("负载测试咨询 " + UUID.randomUUID().toString().substring(0, 8))
				+ "&details=" + enc("负载测试登记的咨询工单") + "&severity=1&impact=1&_csrf=" + enc(csrf);
		Response registered = user.post("register case", "/counter/cases", body);
		if (registered.status == 302 && registered.location != null && registered.location.contains("/counter/cases/")) {
			cases.add(registered.location.substring(registered.location.lastIndexOf('/') + 1));
		}
	}

	interface Attempt {

		Response send() throws Exception;

	}

	/** Sends a payment, and again with the same key after a failure, up to five times. */
	static void pay(User user, String channel, String key, Attempt attempt) {
		String outcome = "failed";
		String receipt = "";
		int attempts = 0;
		for (; attempts < 5; attempts++) {
			try {
				Response response = attempt.send();
				if (response.status == 201 || (response.status == 302 && response.location != null
						&& response.location.contains("/receipts/"))) {
					// 201: the API's receipt; a redirect to the receipt page: the online payment.
					outcome = "paid";
					receipt = (response.location != null) ? response.location : first(Pattern.compile("\"receiptNumber\":\"([^\"]+)\""), response.body);
					break;
				}
				if (response.status == 302) {
					// Sent back to the bill (nothing due any more) or to sign-in: no payment.
					outcome = response.location.contains("/login") ? "signed-out" : "nothing-due";
					break;
				}
				outcome = String.valueOf(response.status);
				if (response.status < 500) {
					break;
				}
			}
			catch (Exception ex) {
				outcome = ex.getClass().getSimpleName();
			}
			sleep(1000);
		}
		payments.add(channel + "\t" + key + "\t" + outcome + "\t" + (attempts + 1) + "\t" + (receipt == null ? "" : receipt));
	}

	static void supervisor(User user) throws Exception {
		user.get("dashboard", "/supervisor/dashboard");
		user.get("case list", "/supervisor/cases?view=OPEN");
	}

	record Response(int status, String body, String location) {
	}

	static final class User {

		final String name;

		final HttpClient http;

		final String address = "198.51.100." + (1 + addresses.getAndIncrement() % 254);

		boolean signedIn;

		/** How long to wait before the next try after a sign-in that did not succeed. */
		long retryAfterMillis = 1000;

		User(String name) {
			this.name = name;
			this.http = HttpClient.newBuilder()
				.version(VERSION)
				.cookieHandler(new CookieManager())
				.connectTimeout(Duration.ofSeconds(5))
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
		}

		/**
		 * Signs in through the form; when refused by the throttle, remembers the seconds
		 * it names before the next try.
		 */
		boolean signIn() throws Exception {
			Response form = send("sign in", HttpRequest.newBuilder(URI.create(base + "/login")).GET());
			String body = "username=" + this.name + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(first(CSRF, form.body));
			Response done = send("sign in", HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
			this.signedIn = done.status == 302 && done.location != null && !done.location.contains("error");
			String wait = (done.location != null) ? first(WAIT, done.location) : null;
			if (wait != null) {
				signInsRefused.incrementAndGet();
				errors.add(seconds() + "\tsign-in refused (throttled " + wait + " s)\t" + this.name);
			}
			this.retryAfterMillis = (wait != null) ? Math.min(60, Long.parseLong(wait)) * 1000 + 100 : 1000;
			return this.signedIn;
		}

		Response get(String page, String path) throws Exception {
			return checked(send(page, HttpRequest.newBuilder(URI.create(base + path)).GET()));
		}

		Response post(String page, String path, String form) throws Exception {
			return checked(send(page, HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))));
		}

		Response postApi(String page, String path, String json) throws Exception {
			String basic = Base64.getEncoder().encodeToString((this.name + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
			return send(page, HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/json")
				.header("Authorization", "Basic " + basic)
				.POST(HttpRequest.BodyPublishers.ofString(json)));
		}

		/** A signed-in user sent back to sign-in has lost its session. */
		Response checked(Response response) {
			if (response.status == 302 && response.location != null && response.location.contains("/login")) {
				sessionsLost.incrementAndGet();
				this.signedIn = false;
				errors.add(seconds() + "\tsession lost\t" + this.name);
			}
			return response;
		}

		Response send(String page, HttpRequest.Builder request) throws Exception {
			if (!SAME_ADDRESS) {
				request.header("X-Forwarded-For", this.address);
			}
			long started = System.nanoTime();
			try {
				HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
						HttpResponse.BodyHandlers.ofString());
				record(page, started, response.statusCode());
				return new Response(response.statusCode(), response.body(),
						response.headers().firstValue("Location").orElse(null));
			}
			catch (IOException ex) {
				record(page, started, 0);
				errors.add(seconds() + "\t" + page + "\t" + ex);
				throw ex;
			}
		}

	}

	static void record(String page, long started, int status) {
		long now = System.nanoTime();
		samples.computeIfAbsent(page, (p) -> new ConcurrentLinkedQueue<>()).add(new long[] { started - startNanos, now - started, status });
		long second = (now - startNanos) / 1_000_000_000L;
		long[] counts = timeline.computeIfAbsent(second, (s) -> new long[4]);
		synchronized (counts) {
			if (status == 0) {
				counts[3]++;
			}
			else if (status >= 500) {
				counts[1]++;
				if (status == 503) {
					counts[2]++;
				}
			}
			else {
				counts[0]++;
			}
		}
		if (status >= 500) {
			errors.add(seconds() + "\t" + page + "\tHTTP " + status);
		}
	}

	static void write(Path out) throws IOException {
		StringBuilder summary = new StringBuilder("| page | slice (min) | requests | p50 ms | p95 ms | p99 ms | max ms | 5xx | failed |\n|---|---|---|---|---|---|---|---|---|\n");
		long total = 0;
		long serverErrors = 0;
		for (var page : new TreeMap<>(samples).entrySet()) {
			Map<Long, List<long[]>> slices = new TreeMap<>();
			for (long[] sample : page.getValue()) {
				slices.computeIfAbsent(sample[0] / (sliceSeconds * 1_000_000_000L), (s) -> new ArrayList<>()).add(sample);
			}
			for (var slice : slices.entrySet()) {
				List<long[]> list = slice.getValue();
				long[] nanos = list.stream().filter((s) -> s[2] > 0).mapToLong((s) -> s[1]).sorted().toArray();
				long fives = list.stream().filter((s) -> s[2] >= 500).count();
				long failed = list.stream().filter((s) -> s[2] == 0).count();
				total += list.size();
				serverErrors += fives;
				long from = slice.getKey() * sliceSeconds / 60;
				summary.append(String.format("| %s | %d–%d | %d | %.1f | %.1f | %.1f | %.1f | %d | %d |%n", page.getKey(), from,
						from + sliceSeconds / 60, list.size(), q(nanos, 0.5), q(nanos, 0.95), q(nanos, 0.99), q(nanos, 1.0), fives, failed));
			}
		}
		summary.append(String.format(
				"%nrequests %d, 5xx %d, sessions lost %d, sign-ins refused by the throttle %d, payments %d, cases registered %d%n",
				total, serverErrors, sessionsLost.get(), signInsRefused.get(), payments.size(), cases.size()));
		Files.writeString(out.resolve("summary.md"), summary);
		StringBuilder line = new StringBuilder("second\tok\t5xx\t503\tfailed\n");
		new TreeMap<>(timeline).forEach((second, c) -> line.append(second).append('\t').append(c[0]).append('\t').append(c[1])
			.append('\t').append(c[2]).append('\t').append(c[3]).append('\n'));
		Files.writeString(out.resolve("timeline.tsv"), line);
		Files.write(out.resolve("payments.tsv"), payments);
		Files.write(out.resolve("cases.tsv"), cases);
		Files.write(out.resolve("errors.tsv"), errors);
		System.out.print(summary);
	}

	static double q(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	static String first(Pattern pattern, String text) {
		Matcher found = pattern.matcher(text);
		return found.find() ? found.group(1) : null;
	}

	static List<String> all(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	static String enc(String value) {
		return URLEncoder.encode((value != null) ? value : "", StandardCharsets.UTF_8);
	}

	static long seconds() {
		return (System.nanoTime() - startNanos) / 1_000_000_000L;
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
