package org.utilityportal.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message bundle per module: every {@code i18n/<name>.properties} on the class path
 * (Simplified Chinese, the default) with its {@code i18n/<name>_en.properties} (English)
 * is loaded, so a module adds its texts without touching shared configuration. A code is
 * looked up only in the bundle that has it ({@link IndexedMessageSource}).
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new IndexedMessageSource();
		messages.setBasenames(basenames());
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static String[] basenames() {
		try {
			Resource[] bundles = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
			return Arrays.stream(bundles)
				.map(Resource::getFilename)
				.filter((name) -> name != null && !name.contains("_"))
				.map((name) -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
				.distinct()
				.sorted()
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the message bundles", ex);
		}
	}

}
