-- Ten consent types of up to 40 characters, comma-separated, need 409 characters.
alter table offer_fulfillment alter column consent_types set data type varchar(500);
