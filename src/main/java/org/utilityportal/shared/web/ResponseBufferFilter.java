package org.utilityportal.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every response a buffer that holds a whole page (the largest pages are about 40
 * KB). Nothing reaches the browser before the page is complete, so a failure while a page
 * is rendered still ends in the error page instead of half a page, without rendering into
 * a string first.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ResponseBufferFilter extends OncePerRequestFilter {

	static final int BUFFER_BYTES = 64 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setBufferSize(BUFFER_BYTES);
		chain.doFilter(request, response);
	}

}
