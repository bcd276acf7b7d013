package org.utilityportal.bench;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Times the two stages of the last request that belong to the page itself, for a
 * benchmark that sends one request at a time: the controller (from the handler's
 * interceptors to its return: binding, the transaction, the statements, the access
 * record) and the view (rendering the page). The rest of a request's time is what every
 * page shares: the filters (session, security, metrics), Tomcat and the client. Uses only
 * Spring MVC's interceptors, so the same file measures older versions too.
 */
@TestConfiguration(proxyBeanMethods = false)
class RequestStages {

	private volatile long controllerNanos;

	private volatile long viewNanos;

	private static final String STARTED = RequestStages.class.getName() + ".started";

	private static final String HANDLED = RequestStages.class.getName() + ".handled";

	/** The controller's time of the last request, in nanoseconds. */
	long controllerNanos() {
		return this.controllerNanos;
	}

	/** The view's time of the last request, in nanoseconds. */
	long viewNanos() {
		return this.viewNanos;
	}

	@Bean
	WebMvcConfigurer requestStagesInterceptor() {
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new HandlerInterceptor() {

					@Override
					public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
						request.setAttribute(STARTED, System.nanoTime());
						return true;
					}

					@Override
					public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
							@Nullable ModelAndView modelAndView) {
						long now = System.nanoTime();
						request.setAttribute(HANDLED, now);
						RequestStages.this.controllerNanos = now - (Long) request.getAttribute(STARTED);
					}

					@Override
					public void afterCompletion(HttpServletRequest request, HttpServletResponse response,
							Object handler, @Nullable Exception ex) {
						Object handled = request.getAttribute(HANDLED);
						RequestStages.this.viewNanos = (handled != null) ? System.nanoTime() - (Long) handled : 0;
					}

				});
			}

		};
	}

}
