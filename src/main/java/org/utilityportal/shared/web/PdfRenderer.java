package org.utilityportal.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Renders a Thymeleaf template written as XHTML into a PDF (openhtmltopdf), with a font
 * that has the Chinese characters embedded, so a bill or receipt prints the same in both
 * languages on any machine.
 */
@Component
public class PdfRenderer {

	private static final String FONT = "/fonts/DroidSansFallbackFull.ttf";

	/** The font family templates name in their CSS. */
	public static final String FONT_FAMILY = "Portal Sans";

	private final SpringTemplateEngine templates;

	PdfRenderer(SpringTemplateEngine templates) {
		this.templates = templates;
	}

	/** The PDF of a template with its model, in a language. */
	public byte[] render(String template, Map<String, Object> model, Locale locale) {
		String xhtml = this.templates.process(template, new Context(locale, model));
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> PdfRenderer.class.getResourceAsStream(FONT), FONT_FAMILY);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The PDF could not be rendered", ex);
		}
		return pdf.toByteArray();
	}

}
