-- Every account's ledger sums to its stored balance: the charges of its bills (corrections
-- and rebills are lines of later bills) minus its payments equal account_balance.balance
-- (positive: owed, negative: credit). Lists the accounts where they differ; no row means
-- the ledger holds. Used by scripts/restore-check.sh after a restore and by LedgerCheckIT on
-- the test database, so a change to what moves a balance must be reflected here.
with ledger as (
    select account_id, sum(amount) as total
    from (select account_id, charges as amount from bill
          union all
          select account_id, -amount from payment) entries
    group by account_id
)
select coalesce(b.account_id, l.account_id) as account_id,
       coalesce(b.balance, 0)               as balance,
       coalesce(l.total, 0)                 as ledger
from account_balance b
         full join ledger l on l.account_id = b.account_id
where coalesce(b.balance, 0) <> coalesce(l.total, 0)
order by 1;
