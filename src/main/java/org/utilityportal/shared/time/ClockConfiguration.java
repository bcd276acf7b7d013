package org.utilityportal.shared.time;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one source of time. Code asks this {@link Clock} for "now" so tests can fix it; the
 * zone is the utility's business zone (default Asia/Shanghai), used for dates on bills
 * and working calendars.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock(@Value("${portal.time-zone:Asia/Shanghai}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

}
