-- The supervisor's dashboard aggregates a period's cases and return visits. These indexes carry
-- every column it reads, so PostgreSQL answers from the index alone (index-only scans) instead of
-- visiting a table row per case: for a month of a million-case table about twice as fast, for a
-- year about 2.5 times (docs/BENCHMARKS.md). They replace the plain indexes on the same columns.
create index service_case_registered_cover_idx on service_case (registered_at)
    include (responsible_unit_id, responsible_id, nature, utility, first_replied_at, first_reply_late, resolved_at,
             resolution_late);
drop index service_case_registered_idx;

create index return_visit_time_cover_idx on return_visit (visited_at) include (overall);
drop index return_visit_time_idx;
