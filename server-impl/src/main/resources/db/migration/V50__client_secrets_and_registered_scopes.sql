-- Access tokens are signed JWTs now; the sandbox issues them to a client that authenticates with
-- its secret. Secrets are kept as salted BCrypt hashes in Spring Security's {id}hash format.
-- Documented sandbox secrets: sandbox-app / sandbox-app-secret, sandbox-partner / sandbox-partner-secret.

alter table api_client add column client_secret_hash varchar(100);
alter table api_client add column registered_scopes varchar(400) not null default '';

update api_client
   set client_secret_hash = '{bcrypt}$2a$10$UHgl7sTfMk2h5Fl6Al7ShuTDNWIUpnLjIhLbieU5tK22CEd5Dy6ri',
       registered_scopes  = 'customers_profiles customers_profiles_update customers_alerts customers_offers cards_addresses'
 where client_id = 'sandbox-app';

update api_client
   set client_secret_hash = '{bcrypt}$2a$10$7O6m7wACBfEV9uCD0mbVFeyeoCYdJJop3RA.bf6fhY.EKUo4tF8j2',
       registered_scopes  = 'partner_customers_profiles'
 where client_id = 'sandbox-partner';

drop table sandbox_access_token;
