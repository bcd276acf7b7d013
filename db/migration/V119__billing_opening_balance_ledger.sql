-- Opening balances of the go-live import (issue 10) in the ledger (issue 11): each is an entry of
-- kind OPENING_BALANCE, so the ledger sums to the balance for imported accounts too; and what a
-- payment paid of an account's opening arrears is recorded with the payment, so a reversal gives
-- exactly that back to the arrears.

alter table payment
    add column opening_paid numeric(12, 2) not null default 0 check (opening_paid >= 0);

-- Payments taken before this settled the opening arrears first with what they neither allocated
-- to bills nor kept as credit.
update payment p
set opening_paid = p.amount - p.credit
    - coalesce((select sum(a.amount) from payment_allocation a where a.payment_id = p.id), 0)
where exists (select 1 from opening_balance ob where ob.account_id = p.account_id and ob.amount > 0);

insert into ledger_entry (account_id, kind, amount, booked_at, reference, booked_by)
select ob.account_id, 'OPENING_BALANCE', ob.amount, ob.recorded_at, to_char(ob.since, 'YYYY-MM-DD'), ob.recorded_by
from opening_balance ob
where not exists (select 1 from ledger_entry l where l.account_id = ob.account_id and l.kind = 'OPENING_BALANCE');
