-- Bucket4j's buckets of the quotas every instance shares (limits/SharedBuckets): one row per limit and
-- customer, the bucket's state as Bucket4j serialises it. The table of Bucket4j's PostgreSQL backend.
create table rate_limit_bucket (
    id         varchar(200) primary key,
    state      bytea,
    expires_at bigint
);

-- Failed client authentications on the sandbox token call, per client_id and per address
-- (limits/ClientAuthenticationLockout).
create table client_authentication_failure (
    subject_kind    varchar(10)  not null,
    subject         varchar(200) not null,
    failures        int          not null,
    lockouts        int          not null,
    locked_until    timestamp with time zone,
    last_failure_at timestamp with time zone not null,
    version         int          not null,
    primary key (subject_kind, subject)
);

-- The one-time passwords sent for a control flow, which its limit counts.
alter table control_flow add column otp_sends int not null default 0;
