package org.utilityportal.sandbox.internal;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Gives the sandbox provider a random secret for this run when it is switched on without
 * one ({@code portal.payments.sandbox.secret} empty), so a sandbox never runs on a secret
 * anyone could read in the source. The portal's adapter reads the same property.
 */
public class SandboxSecretEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	/** The shared secret of the sandbox provider and the portal's adapter. */
	public static final String SECRET = "portal.payments.sandbox.secret";

	private final Log log;

	public SandboxSecretEnvironmentPostProcessor(DeferredLogFactory logFactory) {
		this.log = logFactory.getLog(SandboxSecretEnvironmentPostProcessor.class);
	}

	@Override
	public int getOrder() {
		// After the demo data is decided: the sandbox is on when it is.
		return Ordered.LOWEST_PRECEDENCE - 40;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean enabled = environment.getProperty("portal.payments.sandbox.enabled", Boolean.class, false);
		if (!enabled || StringUtils.hasText(environment.getProperty(SECRET))) {
			return;
		}
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("sandboxSecret", Map.of(SECRET, HexFormat.of().formatHex(secret))));
		this.log.info("Sandbox payment provider on, with a random secret for this run");
	}

}
