package org.utilityportal.shared.time;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the {@code @Scheduled} jobs of all modules unless
 * {@code portal.scheduling.enabled=false} (the tests switch them off and run jobs by
 * hand).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnBooleanProperty(name = "portal.scheduling.enabled", matchIfMissing = true)
class SchedulingConfiguration {

}
