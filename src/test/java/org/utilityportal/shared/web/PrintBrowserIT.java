package org.utilityportal.shared.web;

import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import org.utilityportal.support.Browser;
import org.utilityportal.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What counters hand over prints cleanly on A4: bills, receipts, written reminders and
 * case summaries, seen with print media (the print stylesheet) and printed to PDF by
 * Chromium: A4 pages, the document itself, no menus, buttons or forms.
 */
class PrintBrowserIT extends BrowserTest {

	/** A4 in PostScript points (1/72 inch): 210 × 297 mm. */
	private static final float A4_WIDTH = 595.3f;

	private static final float A4_HEIGHT = 841.9f;

	@Test
	void billsReceiptsRemindersAndCaseSummariesPrintOnA4WithoutMenus() throws IOException {
		String bill = one("""
				select bill_number from bill where account_id =
				  (select id from service_account where account_number = 'E1000000001')
				order by period_from desc limit 1""");
		String receipt = one("""
				select receipt_number from payment
				where customer_id = (select customer_id from user_account where username = 'customer1')
				order by id desc limit 1""");
		String reminderAccount = one(
				"select account_id::text from arrears_notice where kind = 'REMINDER' order by account_id limit 1");
		String reminderAccountNumber = one("select account_number from service_account where id = " + reminderAccount);
		String caseNumber = one("""
				select number from service_case
				where customer_id = (select customer_id from user_account where username = 'customer1')
				order by id limit 1""");

		signIn("customer1", DEMO_PASSWORD);
		this.browser.get(url("/my?lang=en"));
		printsCleanly("/my/bills/" + bill, bill, 3);
		printsCleanly("/my/receipts/" + receipt, receipt, 1);
		printsCleanly("/my/cases/" + caseNumber, caseNumber, 3);

		this.browser.manage().deleteAllCookies();
		signIn("counter1", DEMO_PASSWORD);
		this.browser.get(url("/counter?lang=en"));
		printsCleanly("/counter/bills/" + bill, bill, 3);
		printsCleanly("/counter/receipts/" + receipt, receipt, 1);
		printsCleanly("/counter/accounts/" + reminderAccount + "/reminder", reminderAccountNumber, 1);
		printsCleanly("/counter/cases/" + caseNumber, caseNumber, 3);
	}

	private void printsCleanly(String path, String documentNumber, int maxPages) throws IOException {
		this.browser.get(url(path));
		try {
			Browser.printMedia();
			assertThat(shownOnPaper()).as("menus, buttons and forms printed on %s", path).isEmpty();
			Browser.screenshot("print" + path.replace('/', '-'));
		}
		finally {
			Browser.desktop();
		}
		byte[] pdf = Base64.getDecoder()
			.decode((String) ((ChromeDriver) this.browser)
				.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true))
				.get("data"));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).as("pages of %s", path).isBetween(1, maxPages);
			for (PDPage page : document.getPages()) {
				assertThat(page.getMediaBox().getWidth()).as("A4 width").isCloseTo(A4_WIDTH, within());
				assertThat(page.getMediaBox().getHeight()).as("A4 height").isCloseTo(A4_HEIGHT, within());
			}
			String text = new PDFTextStripper().getText(document);
			assertThat(text).as("printed %s", path)
				.contains(documentNumber)
				.doesNotContain("Sign out", "Skip to main content", "Utility Portal · Electricity");
		}
	}

	@SuppressWarnings("unchecked")
	private List<String> shownOnPaper() {
		return (List<String>) ((JavascriptExecutor) this.browser).executeScript("""
				const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
				return [...document.querySelectorAll('.portal-topbar, #portal-nav, footer, button, .btn, main form')]
					.filter(shown)
					.map(e => e.outerHTML.slice(0, 80));""");
	}

	private String one(String sql) {
		return this.jdbc.sql(sql).query(String.class).single();
	}

	private static org.assertj.core.data.Offset<Float> within() {
		return org.assertj.core.data.Offset.offset(2f);
	}

}
