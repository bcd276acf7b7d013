package org.utilityportal.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.utilityportal.support.PortalPages.Visitor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Script payloads stored through the facades the forms use (checked by the same
 * validation first), with the pages that show each, per visitor;
 * {@link StoredXssBrowserIT} opens them.
 */
abstract class TextPayloads {

	/** Fields of up to 100 characters and more. */
	static final String PAYLOAD = "<img src=x onerror=window.__xss=1>\"><script>window.__xss=1</script>";

	/** Fields of up to 60 characters. */
	static final String SHORT = "<img src=x onerror=window.__xss=1>";

	final ApplicationContext context;

	final JdbcClient jdbc;

	private final Map<Visitor, List<String>> pages = new LinkedHashMap<>();

	TextPayloads(ApplicationContext context) {
		this.context = context;
		this.jdbc = context.getBean(JdbcClient.class);
	}

	/** Stores the payloads; the pages that show them, per visitor. */
	abstract Map<Visitor, List<String>> store();

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** Notes pages a visitor opens to see what was stored. */
	void shownTo(Visitor visitor, String... paths) {
		this.pages.computeIfAbsent(visitor, (key) -> new ArrayList<>()).addAll(List.of(paths));
	}

	Map<Visitor, List<String>> pages() {
		return this.pages;
	}

	/** Runs a form's validation and fails the test when it refuses the form. */
	static <T> void valid(T form, Consumer<Errors> validation) {
		Errors errors = new BeanPropertyBindingResult(form, "form");
		validation.accept(errors);
		assertThat(errors.getAllErrors()).as("the form is valid").isEmpty();
	}

	long version(String table, long id) {
		return this.jdbc.sql("select version from " + table + " where id = ?").param(id).query(Long.class).single();
	}

}
