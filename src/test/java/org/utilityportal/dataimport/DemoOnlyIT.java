package org.utilityportal.dataimport;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.utilityportal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With demo data on, the demo data loaders and the data generators exist (the other half,
 * without demo data:
 * {@link GoLiveBrowserIT#nothingMeantForDemonstrationsExistsWithoutDemoData}).
 */
class DemoOnlyIT extends IntegrationTest {

	@Autowired
	private ApplicationContext context;

	@Test
	void theDemonstrationsHelpersExistWithDemoData() {
		assertThat(GoLiveBrowserIT.DEMO_ONLY).allMatch(this.context::containsBean);
	}

}
