package org.utilityportal.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility check of the browser tests: axe-core (the engine behind Lighthouse's
 * accessibility score) runs in the page the browser shows, with every WCAG 2.1 rule of
 * levels A and AA it can check. A violation of any impact fails.
 */
public final class Accessibility {

	/** The axe-core tags of WCAG 2.0 and 2.1, levels A and AA. */
	public static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/**
	 * Only the WCAG rules, and only their violations in the answer: passes and
	 * inapplicable rules are most of axe's result and cost time to send back.
	 */
	private static final AxeRunOptions OPTIONS = new AxeRunOptions();

	static {
		AxeRunOnlyOptions only = new AxeRunOnlyOptions();
		only.setType("tag");
		only.setValues(WCAG21_AA);
		OPTIONS.setRunOnly(only);
		OPTIONS.setResultTypes(List.of("violations"));
		OPTIONS.setIFrames(false);
	}

	/** axe-core as the Selenium binding ships it, read once. */
	private static final String AXE_SOURCE = readAxe();

	private Accessibility() {
	}

	/**
	 * Puts axe into the page unless it is there already: a page checked again (at another
	 * width) keeps it, and half a megabyte of script is not sent and compiled twice.
	 */
	private static void injectOnce(WebDriver driver) {
		JavascriptExecutor script = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(script.executeScript("return typeof window.axe === 'object';"))) {
			script.executeScript(AXE_SOURCE);
		}
	}

	private static String readAxe() {
		try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The WCAG 2.1 A/AA violations of the page the browser shows, one line per rule with
	 * the elements that break it; empty when there is none.
	 */
	public static List<String> violations(WebDriver driver) {
		settle(driver);
		// Legacy mode runs axe in the page itself: the portal has no frames, and the
		// per-frame mode would open a blank window for every check.
		AxeBuilder axe = new AxeBuilder().withOptions(OPTIONS).setLegacyMode(true).disableIframeTesting();
		axe.setAxeScriptProvider(() -> AXE_SOURCE);
		axe.setInjectAxe(Accessibility::injectOnce, false);
		Results results = axe.analyze(driver);
		if (results.getErrorMessage() != null) {
			return List.of("axe-core could not check the page: " + results.getErrorMessage());
		}
		return results.getViolations().stream().map(Accessibility::describe).toList();
	}

	/**
	 * Waits until the page has finished what it does after loading or after the window
	 * changed size: the page's script gives a table that scrolls at the new width a
	 * keyboard stop from its resize handler, which a busy machine may run only after axe
	 * has looked (a phone-width page then showed a violation it does not have). So the
	 * check waits for the page to have loaded and runs the resize handlers for the
	 * window's size first.
	 */
	private static void settle(WebDriver driver) {
		((JavascriptExecutor) driver).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				var settled = function () {
					window.dispatchEvent(new Event('resize'));
					window.setTimeout(done, 0);
				};
				if (document.readyState === 'complete') {
					settled();
				} else {
					window.addEventListener('load', settled, { once: true });
				}""");
	}

	/** Fails when the page the browser shows has a WCAG 2.1 A/AA violation. */
	public static void assertAccessible(WebDriver driver) {
		assertThat(violations(driver)).as("WCAG 2.1 A/AA violations on %s", driver.getCurrentUrl()).isEmpty();
	}

	private static String describe(Rule rule) {
		String nodes = rule.getNodes().stream().limit(5).map(Accessibility::describe).collect(Collectors.joining("; "));
		int more = rule.getNodes().size() - 5;
		return rule.getId() + " (" + rule.getImpact() + ", " + rule.getHelp() + "): " + nodes
				+ ((more > 0) ? " and " + more + " more" : "");
	}

	private static String describe(CheckedNode node) {
		String html = node.getHtml();
		String shortHtml = (html.length() > 160) ? html.substring(0, 160) + "…" : html;
		String summary = (node.getFailureSummary() != null) ? node.getFailureSummary().replace('\n', ' ') : "";
		return node.getTarget() + " " + shortHtml + " [" + summary + "]";
	}

}
