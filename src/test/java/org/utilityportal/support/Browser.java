package org.utilityportal.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for the whole test run, driven through Debian's ChromeDriver
 * ({@code CHROMIUM_BINARY} and {@code CHROMEDRIVER} override the paths). Without Chromium
 * the browser tests are skipped on a developer's machine but fail in CI
 * ({@code CI=true}), where {@code .ci/run} installs it.
 */
public final class Browser {

	private static final String BINARY = environment("CHROMIUM_BINARY", "/usr/bin/chromium");

	private static final String DRIVER = environment("CHROMEDRIVER", "/usr/bin/chromedriver");

	private static WebDriver driver;

	private Browser() {
	}

	/** The shared browser, started on first use. */
	public static synchronized WebDriver driver() {
		if (driver == null) {
			requireChromium();
			ChromeOptions options = new ChromeOptions();
			options.setBinary(BINARY);
			// The portal follows the browser's language: make it Chinese, like most of
			// its users.
			options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-quic", "--window-size=1280,900", "--lang=zh-CN");
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
				.usingAnyFreePort()
				.build();
			driver = new ChromeDriver(service, options);
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
			Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
		}
		return driver;
	}

	/**
	 * Waits for a condition on a page that reloads itself while it waits (a billing run's
	 * progress): an element found just before a reload is gone when it is read, which is
	 * not an answer, so the wait asks again until the time is up.
	 */
	public static <T> T waitOnAReloadingPage(WebDriver driver, ExpectedCondition<T> condition) {
		return new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class).until(condition);
	}

	/**
	 * Shows pages as a phone of this width in CSS pixels would (a mobile viewport that
	 * honours the page's viewport tag, touch-sized); {@link #desktop()} goes back.
	 */
	public static void phone(int width) {
		cdp("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", true));
	}

	/** Shows pages in a desktop window of this width in CSS pixels (900 high). */
	public static void desktop(int width) {
		cdp("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
	}

	/** Back to the desktop window of 1280 × 900 on the screen, with screen media. */
	public static void desktop() {
		cdp("Emulation.clearDeviceMetricsOverride", Map.of());
		cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
	}

	/**
	 * Renders pages with print media (the print stylesheet), as Chromium does when a
	 * person prints; {@link #desktop()} goes back to the screen.
	 */
	public static void printMedia() {
		cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
	}

	/**
	 * Switches the Content-Security-Policy of every page off (or on again), so a test
	 * proves what escaping alone does.
	 */
	public static void bypassContentSecurityPolicy(boolean bypass) {
		cdp("Page.setBypassCSP", Map.of("enabled", bypass));
	}

	private static void cdp(String command, Map<String, Object> parameters) {
		((ChromeDriver) driver()).executeCdpCommand(command, parameters);
	}

	/** Saves what the browser shows to {@code target/screenshots/<name>.png}. */
	public static Path screenshot(String name) {
		try {
			Path target = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(target.getParent());
			File shot = ((TakesScreenshot) driver()).getScreenshotAs(OutputType.FILE);
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void requireChromium() {
		boolean present = new File(BINARY).canExecute() && new File(DRIVER).canExecute();
		if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail("CI must run the browser tests, but Chromium (" + BINARY + ") or ChromeDriver (" + DRIVER
					+ ") is missing: .ci/run installs them");
		}
		Assumptions.assumeTrue(present, "Chromium and ChromeDriver are not installed; browser tests skipped");
	}

	private static String environment(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
