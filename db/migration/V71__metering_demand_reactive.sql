-- Issue 12. Meters of two-part customers also record the period's maximum demand (kW, read and
-- reset with each reading, so it is not a running register) and the reactive energy register
-- (kvarh, cumulative like the active one), from which the power factor is computed.

alter table meter_reading
    add column max_demand numeric(12, 3) check (max_demand >= 0),
    add column reactive   numeric(14, 3) check (reactive >= 0);
