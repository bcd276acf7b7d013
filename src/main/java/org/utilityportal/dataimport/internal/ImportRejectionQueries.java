package org.utilityportal.dataimport.internal;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.utilityportal.dataimport.RejectionView;

/** The rejected rows of a dry run, for its page and its CSV download. */
@Component
@RequiredArgsConstructor
public class ImportRejectionQueries {

	private final JdbcClient jdbc;

	/** Rejected rows by line, at most {@code limit}. */
	public List<RejectionView> of(long runId, int limit) {
		return this.jdbc.sql("""
				select line_number, field, message_key, args, raw_line from import_rejection
				where run_id = ? order by line_number, field limit ?
				""")
			.params(runId, limit)
			.query((row, index) -> new RejectionView(row.getLong(1), row.getString(2), row.getString(3),
					List.of((String[]) row.getArray(4).getArray()), row.getString(5)))
			.list();
	}

}
