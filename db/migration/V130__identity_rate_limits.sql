-- Issue 13: rate limits shared by every instance (Bucket4j's PostgreSQL token buckets). One row
-- per limit and key (client address, sign-in name, account number...), the key hashed so no
-- address or name is kept in clear; state is Bucket4j's serialised bucket; expires_at
-- (milliseconds since the epoch) is when the bucket is full again and the row can go.
create table rate_limit_bucket (
    id         varchar(100) primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);

-- The hard lock-out by name is gone: growing delays by address and by name replace it.
drop table sign_in_lock;
drop table sign_in_failure;
