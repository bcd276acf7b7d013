package org.utilityportal.dataimport.internal;

import java.util.List;

/**
 * The columns of a legacy file, each with the header names accepted for it (English, then
 * the Chinese a spreadsheet exported from a Chinese system carries).
 */
public enum Column {

	CUSTOMER_NAME("customer_name", "客户名称"), CUSTOMER_KIND("customer_kind", "客户类型"), ID_TYPE("id_type", "证件类型"),
	ID_NUMBER("id_number", "证件号码"), MOBILE("mobile", "手机号码"), ADDRESS("address", "联系地址"), UTILITY("utility", "服务品种"),
	LEGACY_ACCOUNT("legacy_account", "原户号"), SERVICE_ADDRESS("service_address", "服务地址"),
	METER_NUMBER("meter_number", "表号"), TARIFF_CATEGORY("tariff_category", "价格类别"),
	BILLING_CYCLE("billing_cycle", "结算周期"), OPENED_ON("opened_on", "开户日期"), READING_DATE("reading_date", "期初抄表日期"),
	READING("reading", "期初示数"), BALANCE("balance", "期初余额"), BALANCE_SINCE("balance_since", "欠费起始日期"),
	YEAR_TO_DATE("year_to_date", "本年累计用量"), YEAR_TO_DATE_UNTIL("year_to_date_until", "累计截止日期");

	private final List<String> headers;

	Column(String... headers) {
		this.headers = List.of(headers);
	}

	/** The header names accepted for this column. */
	public List<String> headers() {
		return this.headers;
	}

	/** The English header name (used in the rejected-rows file and the field column). */
	public String header() {
		return this.headers.getFirst();
	}

	/** Whether a row must have a value here (and the header must name the column). */
	public boolean required() {
		return this != BALANCE && this != BALANCE_SINCE && this != YEAR_TO_DATE && this != YEAR_TO_DATE_UNTIL;
	}

}
