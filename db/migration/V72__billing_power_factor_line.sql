-- Issue 12. A power-factor adjustment line (力调电费) shows the factor measured over the period
-- and the standard the account is assessed against; the line's unit price is the percentage.
-- A correction that takes such a line back keeps both.

alter table bill_line
    add column power_factor          numeric(4, 2),
    add column power_factor_standard numeric(3, 2),
    add constraint bill_line_power_factor
        check (power_factor_standard is null or kind in ('POWER_FACTOR', 'CORRECTION'));
