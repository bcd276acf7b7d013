package org.utilityportal.dataimport;

import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.utilityportal.customer.IdentityDocuments;

/**
 * Legacy CSV files for the import tests, with the Chinese headers a legacy system writes.
 */
public final class LegacyFiles {

	public static final String HEADER = "客户名称,客户类型,证件类型,证件号码,手机号码,联系地址,服务品种,原户号,服务地址,表号,价格类别,结算周期,开户日期,期初抄表日期,期初示数,期初余额,欠费起始日期";

	/** The header with the optional year-to-date columns. */
	public static final String HEADER_WITH_YEAR_TO_DATE = HEADER + ",本年累计用量,累计截止日期";

	private LegacyFiles() {
	}

	/**
	 * A valid resident identity number nobody else has (a random birth day and sequence).
	 */
	public static String residentId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String first17 = "110101" + (1950 + random.nextInt(50))
				+ String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
				+ String.format("%03d", random.nextInt(1000));
		return first17 + IdentityDocuments.residentCheckCharacter(first17);
	}

	/** A file of these rows under the header, in the given character set. */
	public static byte[] file(Charset charset, List<String> rows) {
		return file(charset, HEADER, rows);
	}

	/** A file of these rows under a header of its own, in the given character set. */
	public static byte[] file(Charset charset, String header, List<String> rows) {
		return (header + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(charset);
	}

	/** A unique suffix for legacy account and meter numbers. */
	public static String unique() {
		return Long.toString(System.nanoTime() % 100_000_000L) + ThreadLocalRandom.current().nextInt(100);
	}

}
