-- Issue 16. The catalogue no longer reads the cases of its orders in SQL: an order's own
-- time (when it was placed, which is when its case was registered) selects the orders of a
-- period, for the supervisors' table per service and its drill-down; the cases' progress
-- comes from casework by their ids.
create index service_order_time_idx on service_order (ordered_at);
create index service_order_service_time_idx on service_order (service_id, ordered_at);
drop index service_order_service_idx;
