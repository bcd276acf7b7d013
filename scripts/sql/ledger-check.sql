-- Every account's ledger sums to its stored balance: the entries of ledger_entry (bills with
-- their corrections and late-payment charges, payments, reversals, refunds paid out, and any
-- other kind of entry) add up to account_balance.balance (positive: owed, negative: credit).
-- Lists the accounts where they differ; no row means the ledger holds. Used by
-- scripts/restore-check.sh after a restore and by LedgerCheckIT and LedgerInvariantIT on the
-- test database, so anything that moves a balance must book an entry.
with ledger as (
    select account_id, sum(amount) as total from ledger_entry group by account_id
)
select coalesce(b.account_id, l.account_id) as account_id,
       coalesce(b.balance, 0)               as balance,
       coalesce(l.total, 0)                 as ledger
from account_balance b
         full join ledger l on l.account_id = b.account_id
where coalesce(b.balance, 0) <> coalesce(l.total, 0)
order by 1;
