package org.utilityportal.shared.web;

import java.time.Duration;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language handling: the browser's {@code Accept-Language} decides until the person picks
 * a language with {@code ?lang=en} or {@code ?lang=zh-CN}; the pick is remembered for a
 * year in the {@value #COOKIE} cookie. Anything else falls back to Simplified Chinese.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final String COOKIE = "portal_lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new SupportedLocaleResolver();
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(
				(request) -> SupportedLocales.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** Keeps both the remembered and the requested language within the supported two. */
	static class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver() {
			super(COOKIE);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return resolveLocaleContext(request).getLocale();
		}

		@Override
		public LocaleContext resolveLocaleContext(HttpServletRequest request) {
			LocaleContext resolved = super.resolveLocaleContext(request);
			TimeZone timeZone = (resolved instanceof TimeZoneAwareLocaleContext zoned) ? zoned.getTimeZone() : null;
			return new SimpleTimeZoneAwareLocaleContext(SupportedLocales.normalise(resolved.getLocale()), timeZone);
		}

		@Override
		public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
				LocaleContext localeContext) {
			LocaleContext supported = (localeContext != null && localeContext.getLocale() != null)
					? new SimpleLocaleContext(SupportedLocales.normalise(localeContext.getLocale())) : null;
			super.setLocaleContext(request, response, supported);
		}

	}

}
