-- The benchmark's data set, never part of the sandbox's default data: 1,000 customers, 10001 to
-- 11000, each with a name, a home address, one preferred email address (where the one-time
-- password of an email change goes) and one preferred mobile. Flyway runs this callback after
-- every migrate when bench/run or bench/compare add bench/dataset to spring.flyway.locations; it adds
-- only the rows that are missing, so a restart keeps the data as the journeys left it. Written for
-- PostgreSQL and H2 in PostgreSQL mode alike; keys below the identity columns' start (100000).

insert into customer (customer_id, customer_type, customer_segment, name_prefix)
with recursive n (i) as (select 1 union all select i + 1 from n where i < 1000)
select 10000 + i, 'INDIVIDUAL', 'CITIGOLD', 'MS' from n
where not exists (select 1 from customer c where c.customer_id = 10000 + n.i);

insert into customer_name (customer_id, position, first_name, last_name, full_name, name_type)
with recursive n (i) as (select 1 union all select i + 1 from n where i < 1000)
select 10000 + i, 0, 'BENCH', 'CUSTOMER', 'BENCH CUSTOMER ' || cast(i as varchar(4)), 'LOCAL_NAME' from n
where not exists (select 1 from customer_name c where c.customer_id = 10000 + n.i);

insert into customer_address (address_key, customer_id, address_type, address_line1, city, state, postal_code,
                              country_name)
with recursive n (i) as (select 1 union all select i + 1 from n where i < 1000)
select 10000 + i, 10000 + i, 'HOME_ADDRESS', cast(i as varchar(4)) || ' Bench Street', 'SYDNEY', 'NSW', '2000',
       'AUSTRALIA' from n
where not exists (select 1 from customer_address a where a.address_key = 10000 + n.i);

insert into customer_email (email_key, customer_id, email_address, preferred, email_type)
with recursive n (i) as (select 1 union all select i + 1 from n where i < 1000)
select 10000 + i, 10000 + i, 'bench.' || cast(i as varchar(4)) || '@example.com', true, 'PERSONAL' from n
where not exists (select 1 from customer_email e where e.email_key = 10000 + n.i);

insert into customer_phone (phone_key, customer_id, phone_type, phone_country_code, phone_number, preferred)
with recursive n (i) as (select 1 union all select i + 1 from n where i < 1000)
select 10000 + i, 10000 + i, 'MOBILE', '61', '49' || lpad(cast(i as varchar(7)), 7, '0'), true from n
where not exists (select 1 from customer_phone p where p.phone_key = 10000 + n.i);

-- The client the journeys sign in as, with the sandbox client's scopes. Its secret, bench-app-secret,
-- is hashed with BCrypt at cost 4 instead of the sandbox clients' 10: a token call then costs about
-- a millisecond instead of a quarter of a second here, and the journeys need 1,000 tokens per run.
insert into api_client (client_id, client_name, partner, client_secret_hash, registered_scopes)
select 'bench-app', 'Benchmark journeys', false, '{bcrypt}$2a$04$PBc/QnHLjO8WFOAdpBUD2ezSeCc4krfZR1Ad.Hu3GnPLQCBwuybMm',
       'customers_profiles customers_profiles_update customers_alerts customers_offers cards_addresses'
where not exists (select 1 from api_client where client_id = 'bench-app');
