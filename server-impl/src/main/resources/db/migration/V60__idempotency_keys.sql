-- The answers to writes sent with an Idempotency-Key (idempotency/). A row is claimed in a short
-- transaction of its own when the first request with the key arrives (response_status null: still
-- running), and filled with the answer in the transaction of the write itself, so that the stored
-- answer is exactly as durable as the write. No foreign key to customer: a sandbox reset leaves
-- the answers already given as they are.
create table idempotency_key (
    client_id             varchar(64)  not null,
    customer_id           bigint       not null,
    operation             varchar(64)  not null,
    idempotency_key       varchar(64)  not null,
    request_hash          varchar(64)  not null,
    claim_token           varchar(36)  not null,
    claimed_at            timestamp with time zone not null,
    expires_at            timestamp with time zone not null,
    response_status       int,
    response_content_type varchar(256),
    response_body         bytea,
    primary key (client_id, customer_id, operation, idempotency_key)
);
create index idempotency_key_by_expiry on idempotency_key (expires_at);
