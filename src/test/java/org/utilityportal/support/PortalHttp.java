package org.utilityportal.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small browser-like HTTP client over the real server port: keeps cookies, signs in
 * through the form with its CSRF token, asks for HTML. For what MockMvc cannot show, such
 * as the servlet container's error pages and the real session cookie.
 */
public final class PortalHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final CookieManager cookies;

	private final HttpClient client;

	private final int port;

	private final Map<String, String> headers = new java.util.LinkedHashMap<>();

	public PortalHttp(int port) {
		this(port, new CookieManager());
	}

	private PortalHttp(int port, CookieManager cookies) {
		this.port = port;
		this.cookies = cookies;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * The same browser (its cookies, its headers) talking to another server on this
	 * machine, as a proxy in front of several instances sends it now to one, now to the
	 * other.
	 */
	public PortalHttp toPort(int otherPort) {
		PortalHttp other = new PortalHttp(otherPort, this.cookies);
		other.headers.putAll(this.headers);
		return other;
	}

	/**
	 * Sends every request as if through the TLS proxy for a client at this address
	 * ({@code X-Forwarded-For}; the tests' portal believes it from 127.0.0.1).
	 */
	public PortalHttp from(String clientAddress) {
		this.headers.put("X-Forwarded-For", clientAddress);
		return this;
	}

	/** Sends every request with this header as well (e.g. {@code X-Forwarded-Proto}). */
	public PortalHttp withHeader(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	/** GET with a bearer token (a personal API token), asking for JSON. */
	public Response getWithToken(String path, String token) {
		return sendForResponse(request(path).header("Accept", "application/json")
			.header("Authorization", "Bearer " + token)
			.GET()
			.build());
	}

	/** GET asking for HTML, with the whole response (status, headers, body). */
	public Response getResponse(String path) {
		return sendForResponse(request(path).header("Accept", "text/html").GET().build());
	}

	/** Signs in through the form; the client keeps the session cookie. */
	public PortalHttp signIn(String username, String password) {
		Page result = trySignIn(username, password);
		if (result.status() != 302 || result.location().contains("error")) {
			throw new IllegalStateException("Sign-in of " + username + " failed: " + result.location());
		}
		return this;
	}

	/**
	 * One try through the sign-in form (with a fresh CSRF token); the answer's redirect
	 * tells the outcome ({@code /home}, {@code /login?error=…}).
	 */
	public Page trySignIn(String username, String password) {
		Page form = get("/login", "zh-CN");
		return postForm("/login",
				"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrfToken(form)));
	}

	/** GET asking for HTML in the given language. */
	public Page get(String path, String language) {
		return send(request(path).header("Accept", "text/html").header("Accept-Language", language).GET().build());
	}

	/** GET with HTTP Basic credentials, asking for JSON. */
	public Page getJson(String path, String username, String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Accept", "application/json")
			.header("Authorization", "Basic " + credentials)
			.GET()
			.build());
	}

	/** POST of a URL-encoded form body (include {@code _csrf} yourself). */
	public Page postForm(String path, String body) {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * POST of a multipart form: text fields and files (name → file name and bytes);
	 * include {@code _csrf} among the fields yourself.
	 */
	public Page postMultipart(String path, Map<String, String> fields, Map<String, Map.Entry<String, byte[]>> files) {
		String boundary = "----portal" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		files.forEach((name, file) -> {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
					+ file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.getValue());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		});
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.header("Accept-Language", "zh-CN")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/** The CSRF token of a page's forms. */
	public static String csrfToken(Page page) {
		Matcher token = CSRF.matcher(page.body());
		if (!token.find()) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		return token.group(1);
	}

	/** The value of a cookie the server set, or {@code null}. */
	public String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path));
		this.headers.forEach(builder::header);
		return builder;
	}

	private Response sendForResponse(HttpRequest request) {
		try {
			return new Response(this.client.send(request, HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Page send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A whole response, with its headers. */
	public record Response(HttpResponse<String> response) {

		public int status() {
			return this.response.statusCode();
		}

		public String header(String name) {
			return this.response.headers().firstValue(name).orElse(null);
		}

		public java.util.List<String> headers(String name) {
			return this.response.headers().allValues(name);
		}

		public String body() {
			return this.response.body();
		}

	}

	/** A response: status, body and the redirect target if any. */
	public record Page(int status, String body, String location) {
	}

}
