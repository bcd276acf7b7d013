package org.utilityportal.shared.db;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ObjectUtils;

/**
 * When the portal runs on the embedded server, the server is stopped after the connection
 * pool has closed: the pool depends on a marker bean, so Spring destroys the marker only
 * after the pool, and the marker lets the server's shutdown go ahead. Ctrl-C then stops
 * the development server in a few seconds instead of the pool waiting for a server that
 * is already gone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(EmbeddedPostgresEnvironmentPostProcessor.ACTIVE_PROPERTY)
class EmbeddedPostgresShutdown {

	private static final String MARKER = "embeddedPostgresInUse";

	@Bean(MARKER)
	DisposableBean embeddedPostgresInUse() {
		EmbeddedPostgresServer.applicationStarted();
		return EmbeddedPostgresServer::applicationClosed;
	}

	@Bean
	static BeanFactoryPostProcessor dataSourceAfterEmbeddedPostgres() {
		return (beanFactory) -> {
			for (String name : beanFactory.getBeanNamesForType(javax.sql.DataSource.class, true, false)) {
				BeanDefinition definition = beanFactory.getBeanDefinition(name);
				definition.setDependsOn(ObjectUtils.addObjectToArray(definition.getDependsOn(), MARKER));
			}
		};
	}

}
