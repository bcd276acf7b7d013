package org.utilityportal.identity.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the OpenAPI description ({@code /v3/api-docs}) how scripts sign in, so the API
 * console's "Authorize" takes a personal API token: the scheme {@code bearer} always, and
 * {@code basic} only where HTTP Basic is on ({@code portal.security.http-basic}, as
 * {@link ApiSignIn} decides). Every operation is declared to accept either; public
 * operations (prices, notices, metro fares) answer without one too.
 */
@Component
class ApiDocsSecuritySchemes implements OpenApiCustomizer {

	static final String BEARER = "bearer";

	static final String BASIC = "basic";

	private final boolean httpBasic;

	ApiDocsSecuritySchemes(@Value("${portal.security.http-basic:true}") boolean httpBasic) {
		this.httpBasic = httpBasic;
	}

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() == null) {
			openApi.setComponents(new Components());
		}
		openApi.getComponents()
			.addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("upt_…")
						.description("A personal API token made at /account/tokens."));
		openApi.addSecurityItem(new SecurityRequirement().addList(BEARER));
		if (this.httpBasic) {
			openApi.getComponents()
				.addSecuritySchemes(BASIC,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("basic")
							.description("User name and password; development only (portal.security.http-basic)."));
			openApi.addSecurityItem(new SecurityRequirement().addList(BASIC));
		}
	}

}
