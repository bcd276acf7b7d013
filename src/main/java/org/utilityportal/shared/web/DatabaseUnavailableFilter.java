package org.utilityportal.shared.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * While the database cannot be reached, answers 503 with {@code Retry-After} instead of a
 * 500: the request changed nothing (its transaction never started or was rolled back),
 * and the client may send it again; a payment sent again with the same idempotency key is
 * recorded once. Pages get a short page in the reader's language that needs no database;
 * the JSON API gets a problem detail. Sits in front of every other filter, the session's
 * and sign-in's included, since those read the database too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final ITemplateEngine templates;

	private final LocaleResolver locales;

	private final MessageSource messages;

	private final long retryAfterSeconds;

	DatabaseUnavailableFilter(ITemplateEngine templates, LocaleResolver locales, MessageSource messages,
			@Value("${portal.web.retry-after:5s}") Duration retryAfter) {
		this.templates = templates;
		this.locales = locales;
		this.messages = messages;
		this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseFailures.isUnreachable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unreachable, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(),
					DatabaseFailures.rootMessage(ex));
			unavailable(request, response);
		}
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.resetBuffer();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(this.retryAfterSeconds));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		Locale locale = this.locales.resolveLocale(request);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			String title = this.messages.getMessage("unavailable.title", null, locale);
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"status\":503,\"title\":\"%s\",\"retryAfterSeconds\":%d}"
					.formatted(title.replace("\"", "'"), this.retryAfterSeconds));
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		WebContext context = new WebContext(exchange, locale, Map.of("retryAfter", this.retryAfterSeconds));
		this.templates.process("error/unavailable", context, response.getWriter());
	}

}
