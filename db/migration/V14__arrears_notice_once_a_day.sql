-- The daily arrears job may run on several instances at once: one notice of a kind per account
-- and day, whichever instance writes it first.
create unique index arrears_notice_once_a_day_idx on arrears_notice (account_id, kind, issued_on);
