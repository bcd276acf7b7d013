package org.utilityportal.customer.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.utilityportal.shared.db.Reports;
import org.springframework.stereotype.Component;
import org.utilityportal.customer.AccountStatus;
import org.utilityportal.customer.CustomerKind;
import org.utilityportal.customer.Masking;
import org.utilityportal.customer.SearchKind;
import org.utilityportal.customer.SearchResult;
import org.utilityportal.shared.domain.Utility;

/**
 * The SQL of the counter search. Each kind uses its own index (see V3__customer.sql) and
 * stops after {@code limit} customers, so a search costs the same whatever the size of
 * the table.
 */
@Component
@RequiredArgsConstructor
public class CustomerSearchQueries {

	/**
	 * Dashboards and searches may be a few seconds behind: the replica, when one is
	 * current.
	 */
	@Reports
	private final JdbcClient jdbc;

	/** Ids of customers found by one kind of search, at most {@code limit}. */
	public List<Long> find(SearchKind kind, String text, int limit) {
		return switch (kind) {
			case MOBILE -> this.jdbc.sql("select distinct customer_id from customer_mobile where number = ? limit ?")
				.params(text, limit)
				.query(Long.class)
				.list();
			case ACCOUNT_NUMBER -> this.jdbc.sql(
					"select distinct customer_id from service_account where account_number = ? or transit_card_number = ? limit ?")
				.params(text, text, limit)
				.query(Long.class)
				.list();
			case ID_TAIL -> this.jdbc.sql("select id from customer where id_number_reversed like ? limit ?")
				.params(new StringBuilder(text).reverse() + "%", limit)
				.query(Long.class)
				.list();
			case NAME -> findByName(text, limit);
		};
	}

	private List<Long> findByName(String text, int limit) {
		String normalised = text.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
		if (normalised.codePointCount(0, normalised.length()) == 1) {
			// One character is a surname: served in name order by the (left(name, 1), id)
			// index.
			return this.jdbc.sql("select id from customer where left(name, 1) = ? order by id limit ?")
				.params(text.strip(), limit)
				.query(Long.class)
				.list();
		}
		return this.jdbc.sql("""
				select id from customer
				where name_grams @> portal_name_grams(:text)
				  and strpos(regexp_replace(lower(name), '\\s+', '', 'g'), :normalised) > 0
				limit :limit
				""").param("text", text).param("normalised", normalised).param("limit", limit).query(Long.class).list();
	}

	/**
	 * The hits for these customers, in the given order, with their accounts: two
	 * statements.
	 */
	public List<SearchResult.Hit> hits(Map<Long, SearchKind> found) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, List<SearchResult.Account>> accounts = accounts(found.keySet());
		Map<Long, SearchResult.Hit> hits = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select c.id, c.name, c.kind, c.id_number, c.key_account, c.vulnerable, c.green_channel,
					       (select m.number from customer_mobile m where m.customer_id = c.id order by m.position limit 1) as mobile
					from customer c where c.id in (:ids)
					""")
			.param("ids", found.keySet())
			.query((row, index) -> {
				long id = row.getLong("id");
				hits.put(id,
						new SearchResult.Hit(id, row.getString("name"), CustomerKind.valueOf(row.getString("kind")),
								Masking.idNumber(row.getString("id_number")),
								(row.getString("mobile") != null) ? Masking.mobile(row.getString("mobile")) : null,
								row.getBoolean("key_account"), row.getBoolean("vulnerable"),
								row.getBoolean("green_channel"), accounts.getOrDefault(id, List.of()), found.get(id)));
				return id;
			})
			.list();
		List<SearchResult.Hit> ordered = new ArrayList<>();
		found.keySet().forEach((id) -> {
			if (hits.containsKey(id)) {
				ordered.add(hits.get(id));
			}
		});
		return ordered;
	}

	private Map<Long, List<SearchResult.Account>> accounts(Collection<Long> customerIds) {
		Map<Long, List<SearchResult.Account>> accounts = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select id, customer_id, utility, account_number, status from service_account
					where customer_id in (:ids)
					order by status desc, array_position(array['ELECTRICITY','WATER','GAS','METRO']::varchar[], utility), account_number
					""")
			.param("ids", customerIds)
			.query((row, index) -> {
				accounts.computeIfAbsent(row.getLong("customer_id"), (key) -> new ArrayList<>())
					.add(new SearchResult.Account(row.getLong("id"), Utility.valueOf(row.getString("utility")),
							row.getString("account_number"), AccountStatus.valueOf(row.getString("status"))));
				return null;
			})
			.list();
		return accounts;
	}

}
