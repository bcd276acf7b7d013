package org.utilityportal.identity.internal;

import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description names the bearer-token scheme always and HTTP Basic only where
 * it is switched on (the production profile turns it off).
 */
class ApiDocsSecuritySchemesTest {

	@Test
	void withoutHttpBasicOnlyTheBearerSchemeIsDeclared() {
		OpenAPI api = new OpenAPI();
		new ApiDocsSecuritySchemes(false).customise(api);
		assertThat(api.getComponents().getSecuritySchemes()).containsOnlyKeys("bearer");
		assertThat(api.getComponents().getSecuritySchemes().get("bearer").getScheme()).isEqualTo("bearer");
		assertThat(api.getSecurity()).extracting(SecurityRequirement::keySet).containsExactly(Set.of("bearer"));
	}

	@Test
	void withHttpBasicBothAreDeclaredAsAlternatives() {
		OpenAPI api = new OpenAPI();
		new ApiDocsSecuritySchemes(true).customise(api);
		assertThat(api.getComponents().getSecuritySchemes()).containsOnlyKeys("bearer", "basic");
		assertThat(api.getComponents().getSecuritySchemes().get("basic").getType()).isEqualTo(SecurityScheme.Type.HTTP);
		assertThat(api.getSecurity()).extracting(SecurityRequirement::keySet)
			.containsExactly(Set.of("bearer"), Set.of("basic"));
	}

}
