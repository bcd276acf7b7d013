package org.utilityportal.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static files and WebJars are served as Spring Boot sets them up, with one change: links
 * in pages are not rewritten. The rewriting filter Boot adds for WebJars looks every link
 * of every page up on the class path, and links to pages are never found, so the lookups
 * are not cached: measured, it took a third of the time of a bill page. Version-free
 * WebJar addresses ({@code /webjars/bootstrap/css/bootstrap.min.css}) are resolved when
 * they are requested instead, so nothing changes for the browser. Whoever adds
 * content-hash versioning of static files has to bring the filter back.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceConfiguration {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> unusedResourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
