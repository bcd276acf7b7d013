-- The hourly automatic deduction collected unpaid bills without any bank (issue 11): it is
-- gone, and with it its mandates, which no supervisor ever approved. Direct debit mandates
-- now live in the payment module (debit_mandate) and need a supervisor's approval; accounts
-- that had one are set up again at the counter.
drop table payment_mandate;
