package org.utilityportal.support;

import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Measurements of the page the browser shows, in CSS pixels, for the layout checks: what
 * scrolls sideways, what is too small to tap, how tall the charts make the page.
 */
public final class PageLayout {

	/** The most a chart may add to a page's height: its box of 320 px and some margin. */
	public static final int MAX_CHART_HEIGHT = 400;

	/** The smallest tap target on a phone (WCAG 2.5.5, Apple's and Android's guides). */
	public static final int MIN_TAP_TARGET = 44;

	private PageLayout() {
	}

	/**
	 * How many pixels the page is wider than the window (0 when nothing scrolls
	 * sideways).
	 */
	public static long horizontalOverflow(WebDriver driver) {
		return (Long) script(driver).executeScript("""
				const root = document.documentElement;
				return Math.max(0, Math.ceil(root.scrollWidth - root.clientWidth));""");
	}

	/** The elements wider than the window, to say what scrolls sideways. */
	@SuppressWarnings("unchecked")
	public static List<String> widerThanTheWindow(WebDriver driver) {
		return (List<String>) script(driver).executeScript(
				"""
						const width = document.documentElement.clientWidth;
						return [...document.body.querySelectorAll('*')]
							.filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-responsive, .visually-hidden'))
							.slice(0, 5)
							.map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')
								+ ' right=' + Math.round(e.getBoundingClientRect().right));""");
	}

	/**
	 * The controls a finger would tap that are smaller than {@link #MIN_TAP_TARGET} in
	 * either direction: buttons, fields, and links other than those inside running text.
	 * A check box or radio button counts with its label, which taps it too.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> smallTapTargets(WebDriver driver) {
		return (List<String>) script(driver).executeScript(
				"""
						const min = arguments[0];
						const visible = e => { const r = e.getBoundingClientRect();
							return r.width > 1 && r.height > 1 && getComputedStyle(e).visibility !== 'hidden'; };
						const inText = e => e.tagName === 'A' && [...e.parentNode.childNodes]
							.some(n => n !== e && n.nodeType === Node.TEXT_NODE && n.textContent.trim());
						const box = e => {
							const r = e.getBoundingClientRect();
							if (e.type !== 'checkbox' && e.type !== 'radio') return r;
							const around = e.closest('.form-check, label') || e;
							return around.getBoundingClientRect();
						};
						return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary')]
							.filter(e => visible(e) && !inText(e))
							.filter(e => { const r = box(e); return r.width < min - 0.5 || r.height < min - 0.5; })
							.slice(0, 8)
							.map(e => { const r = box(e); return e.outerHTML.slice(0, 90) + ' ' + Math.round(r.width) + '×'
								+ Math.round(r.height); });""",
				MIN_TAP_TARGET);
	}

	/**
	 * What is wrong with the page's charts: a chart taller than
	 * {@link #MAX_CHART_HEIGHT}, or a page that keeps growing after it loaded (a chart
	 * that resizes itself). Waits half a second to see whether the page grows.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> chartProblems(WebDriver driver) {
		return (List<String>) script(driver).executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						const max = arguments[0];
						const canvases = [...document.querySelectorAll('canvas')];
						if (canvases.length === 0) { done([]); return; }
						const before = document.documentElement.scrollHeight;
						setTimeout(() => requestAnimationFrame(() => {
							const problems = canvases
								.filter(c => c.getBoundingClientRect().height > max)
								.map(c => 'chart ' + (c.id || c.className) + ' is ' + Math.round(c.getBoundingClientRect().height)
									+ ' px tall');
							const after = document.documentElement.scrollHeight;
							if (after > before) problems.push('the page grew from ' + before + ' to ' + after + ' px after loading');
							done(problems);
						}), 500);""",
				MAX_CHART_HEIGHT);
	}

	/**
	 * The status of the error page the browser shows, or {@code null} on any other page.
	 */
	public static String errorStatus(WebDriver driver) {
		return (String) script(driver)
			.executeScript("return document.querySelector('.error-page')?.getAttribute('data-status') ?? null;");
	}

	private static JavascriptExecutor script(WebDriver driver) {
		return (JavascriptExecutor) driver;
	}

}
