-- Sandbox customers. 1 Olivia (Sydney NSW, Citigold), 2 Liam (Melbourne VIC, Citi Priority),
-- 3 Charlotte (Brisbane QLD, partner segment). Keys are fixed so the README and tests can name them.

insert into customer (customer_id, customer_type, customer_segment, partner_customer_segment, name_prefix, name_suffix) values
  (1, 'INDIVIDUAL', 'CITIGOLD', null, 'MS', null),
  (2, 'INDIVIDUAL', 'CITI_PRIORITY', null, 'MR', 'JR'),
  (3, 'INDIVIDUAL', null, 'PARTNER_PREMIUM', 'DR', null);

insert into customer_name (customer_id, position, first_name, middle_name, last_name, full_name, name_type) values
  (1, 0, 'OLIVIA', 'GRACE', 'BENNETT', 'OLIVIA GRACE BENNETT', 'LOCAL_NAME'),
  (2, 0, 'LIAM', null, 'NGUYEN', 'LIAM NGUYEN', 'LOCAL_NAME'),
  (2, 1, 'LIAM', 'MINH', 'NGUYEN', 'NGUYEN MINH LIAM', 'ALIAS_NAME'),
  (3, 0, 'CHARLOTTE', null, 'WILSON', 'CHARLOTTE WILSON', 'LOCAL_NAME');

insert into customer_address (address_key, customer_id, address_type, address_line1, address_line2, address_line3, address_line4, city, state, postal_code, country_name) values
  (1001, 1, 'HOME_ADDRESS', 'Level 12', '2 Park Street', null, null, 'SYDNEY', 'NSW', '2000', 'AUSTRALIA'),
  (1002, 1, 'MAILING_ADDRESS', 'PO Box 1234', null, null, null, 'SYDNEY', 'NSW', '2001', 'AUSTRALIA'),
  (1101, 2, 'HOME_ADDRESS', 'Unit 5', '48 Lygon Street', 'Carlton', null, 'MELBOURNE', 'VIC', '3053', 'AUSTRALIA'),
  (1201, 3, 'HOME_ADDRESS', '7 Kingaroy Street', null, null, null, 'KINGAROY', 'QLD', '4610', 'AUSTRALIA'),
  (1202, 3, 'WORK_ADDRESS', 'Level 3', '300 Queen Street', null, null, 'BRISBANE', 'QLD', '4000', 'AUSTRALIA');

insert into customer_email (email_key, customer_id, email_address, preferred, email_type) values
  (2001, 1, 'olivia.bennett@example.com', true, 'PERSONAL'),
  (2002, 1, 'o.bennett@example.net', false, 'PERSONAL'),
  (2101, 2, 'liam.nguyen@example.com', false, 'PERSONAL'),
  (2102, 2, 'liam@nguyen.example.org', true, 'PERSONAL'),
  (2103, 2, 'l.nguyen@work.example.com', false, 'BUSINESS'),
  (2201, 3, 'charlotte.wilson@example.com', true, 'PERSONAL');

insert into customer_phone (phone_key, customer_id, phone_type, phone_country_code, area_code, phone_number, phone_extension, preferred) values
  (3001, 1, 'MOBILE', '61', null, '412345678', null, true),
  (3002, 1, 'HOME', '61', '2', '91234567', null, false),
  (3101, 2, 'MOBILE', '61', null, '423456789', null, false),
  (3102, 2, 'MOBILE', '61', null, '434567890', null, true),
  (3103, 2, 'WORK', '61', '3', '96543210', '204', false),
  (3201, 3, 'MOBILE', '61', null, '445678901', null, true);

insert into card_account (account_id, customer_id, display_account_number) values
  ('4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d', 1, 'XXXX-XXXX-XXXX-4821'),
  ('9a8b7c6d5e4f30211a2b3c4d5e6f7081', 2, 'XXXX-XXXX-XXXX-7710'),
  ('c0ffee00c0ffee00c0ffee00c0ffee01', 3, 'XXXX-XXXX-XXXX-3055');

insert into card_address (address_key, account_id, address_type, address_line1, address_line2, address_line3, address_line4, city, state, postal_code, country_name) values
  (5001, '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d', 'CARD_TO_ADDRESS', 'Level 12', '2 Park Street', null, null, 'SYDNEY', 'NSW', '2000', 'AUSTRALIA'),
  (5002, '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d', 'BILL_TO_ADDRESS', 'PO Box 1234', null, null, null, 'SYDNEY', 'NSW', '2001', 'AUSTRALIA'),
  (5003, '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d', 'PIN_TO_ADDRESS', '14 Bayview Terrace', null, null, null, 'MOSMAN', 'NSW', '2088', 'AUSTRALIA'),
  (5101, '9a8b7c6d5e4f30211a2b3c4d5e6f7081', 'CARD_TO_ADDRESS', 'Unit 5', '48 Lygon Street', 'Carlton', null, 'MELBOURNE', 'VIC', '3053', 'AUSTRALIA'),
  (5102, '9a8b7c6d5e4f30211a2b3c4d5e6f7081', 'BILL_TO_ADDRESS', 'Unit 5', '48 Lygon Street', 'Carlton', null, 'MELBOURNE', 'VIC', '3053', 'AUSTRALIA'),
  (5103, '9a8b7c6d5e4f30211a2b3c4d5e6f7081', 'PIN_TO_ADDRESS', 'Unit 5', '48 Lygon Street', 'Carlton', null, 'MELBOURNE', 'VIC', '3053', 'AUSTRALIA'),
  (5201, 'c0ffee00c0ffee00c0ffee00c0ffee01', 'CARD_TO_ADDRESS', 'Level 3', '300 Queen Street', null, null, 'BRISBANE', 'QLD', '4000', 'AUSTRALIA'),
  (5202, 'c0ffee00c0ffee00c0ffee00c0ffee01', 'BILL_TO_ADDRESS', '7 Kingaroy Street', null, null, null, 'KINGAROY', 'QLD', '4610', 'AUSTRALIA'),
  (5203, 'c0ffee00c0ffee00c0ffee00c0ffee01', 'PIN_TO_ADDRESS', '7 Kingaroy Street', null, null, null, 'KINGAROY', 'QLD', '4610', 'AUSTRALIA');

insert into alert_profile (customer_id, preferred_delivery_channel, email_key, phone_key, language_code, alerts_active) values
  (1, 'SMS', 2001, 3001, 'en', true),
  (2, 'EMAIL', 2102, null, 'en', true),
  (3, 'PUSH', null, null, 'en', false);

insert into customer_alert (customer_id, alert_type, alert_description, alert_category, account_id, enrollment_status, delivery_channels, threshold_amount, currency_code, takes_threshold) values
  (1, 'LOW_BALANCE', 'Available balance falls below a threshold', 'ACCOUNT', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d', 'ENROLLED', 'SMS,EMAIL', 100.00, 'AUD', true),
  (1, 'PAYMENT_DUE', 'A card payment is due in three days', 'ACCOUNT', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d', 'ENROLLED', 'EMAIL', null, null, false),
  (1, 'LARGE_TRANSACTION', 'A transaction over a threshold was made', 'ACCOUNT', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d', 'ELIGIBLE', null, null, null, true),
  (1, 'PROFILE_CHANGE', 'Contact details were changed', 'SECURITY', null, 'ELIGIBLE', null, null, null, false),
  (2, 'PROFILE_CHANGE', 'Contact details were changed', 'SECURITY', null, 'ENROLLED', 'EMAIL', null, null, false),
  (2, 'LOW_BALANCE', 'Available balance falls below a threshold', 'ACCOUNT', '9a8b7c6d5e4f30211a2b3c4d5e6f7081', 'ELIGIBLE', null, null, null, true),
  (3, 'PAYMENT_DUE', 'A card payment is due in three days', 'ACCOUNT', 'c0ffee00c0ffee00c0ffee00c0ffee01', 'ELIGIBLE', null, null, null, false);

-- Olivia has 45 alerts in her history, enough for three pages of 20; Liam has 5; Charlotte none.
insert into alert_history (alert_reference_id, customer_id, alert_type, alert_description, alert_message, delivery_channel, delivery_status, alert_date_time, account_id) values
  ('ALR-20261127-001000', 1, 'LOW_BALANCE', 'Available balance falls below a threshold', 'Your available balance on card ending 4821 is below AUD 100.00.', 'SMS', 'DELIVERED', timestamp with time zone '2026-11-27 21:14:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20261124-001001', 1, 'PAYMENT_DUE', 'A card payment is due in three days', 'Your payment of the card ending 4821 is due in three days.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-11-24 20:01:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20261121-001002', 1, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-11-21 18:48:03+00:00', null),
  ('ALR-20261118-001003', 1, 'LOW_BALANCE', 'Available balance falls below a threshold', 'Your available balance on card ending 4821 is below AUD 100.00.', 'SMS', 'DELIVERED', timestamp with time zone '2026-11-18 17:35:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20261115-001004', 1, 'PAYMENT_DUE', 'A card payment is due in three days', 'Your payment of the card ending 4821 is due in three days.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-11-15 16:22:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20261112-001005', 1, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'FAILED', timestamp with time zone '2026-11-12 16:09:03+00:00', null),
  ('ALR-20261109-001006', 1, 'LOW_BALANCE', 'Available balance falls below a threshold', 'Your available balance on card ending 4821 is below AUD 100.00.', 'SMS', 'DELIVERED', timestamp with time zone '2026-11-09 14:56:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20261106-001007', 1, 'PAYMENT_DUE', 'A card payment is due in three days', 'Your payment of the card ending 4821 is due in three days.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-11-06 20:43:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20261103-001008', 1, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-11-03 19:30:03+00:00', null),
  ('ALR-20261031-001009', 1, 'LOW_BALANCE', 'Available balance falls below a threshold', 'Your available balance on card ending 4821 is below AUD 100.00.', 'SMS', 'DELIVERED', timestamp with time zone '2026-10-31 18:17:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20261028-001010', 1, 'PAYMENT_DUE', 'A card payment is due in three days', 'Your payment of the card ending 4821 is due in three days.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-10-28 18:04:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20261025-001011', 1, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-10-25 16:51:03+00:00', null),
  ('ALR-20261022-001012', 1, 'LOW_BALANCE', 'Available balance falls below a threshold', 'Your available balance on card ending 4821 is below AUD 100.00.', 'SMS', 'DELIVERED', timestamp with time zone '2026-10-22 15:38:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20261019-001013', 1, 'PAYMENT_DUE', 'A card payment is due in three days', 'Your payment of the card ending 4821 is due in three days.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-10-19 14:25:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20261016-001014', 1, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-10-16 21:12:03+00:00', null),
  ('ALR-20261013-001015', 1, 'LOW_BALANCE', 'Available balance falls below a threshold', 'Your available balance on card ending 4821 is below AUD 100.00.', 'SMS', 'DELIVERED', timestamp with time zone '2026-10-13 19:59:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20261010-001016', 1, 'PAYMENT_DUE', 'A card payment is due in three days', 'Your payment of the card ending 4821 is due in three days.', 'EMAIL', 'FAILED', timestamp with time zone '2026-10-10 18:46:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20261007-001017', 1, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-10-07 17:33:03+00:00', null),
  ('ALR-20261004-001018', 1, 'LOW_BALANCE', 'Available balance falls below a threshold', 'Your available balance on card ending 4821 is below AUD 100.00.', 'SMS', 'DELIVERED', timestamp with time zone '2026-10-04 16:20:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20261001-001019', 1, 'PAYMENT_DUE', 'A card payment is due in three days', 'Your payment of the card ending 4821 is due in three days.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-10-01 16:07:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20260928-001020', 1, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-09-28 14:54:03+00:00', null),
  ('ALR-20260925-001021', 1, 'LOW_BALANCE', 'Available balance falls below a threshold', 'Your available balance on card ending 4821 is below AUD 100.00.', 'SMS', 'DELIVERED', timestamp with time zone '2026-09-25 20:41:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20260922-001022', 1, 'PAYMENT_DUE', 'A card payment is due in three days', 'Your payment of the card ending 4821 is due in three days.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-09-22 19:28:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20260919-001023', 1, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-09-19 18:15:03+00:00', null),
  ('ALR-20260916-001024', 1, 'LOW_BALANCE', 'Available balance falls below a threshold', 'Your available balance on card ending 4821 is below AUD 100.00.', 'SMS', 'DELIVERED', timestamp with time zone '2026-09-16 18:02:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20260913-001025', 1, 'PAYMENT_DUE', 'A card payment is due in three days', 'Your payment of the card ending 4821 is due in three days.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-09-13 16:49:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20260910-001026', 1, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-09-10 15:36:03+00:00', null),
  ('ALR-20260907-001027', 1, 'LOW_BALANCE', 'Available balance falls below a threshold', 'Your available balance on card ending 4821 is below AUD 100.00.', 'SMS', 'FAILED', timestamp with time zone '2026-09-07 14:23:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20260904-001028', 1, 'PAYMENT_DUE', 'A card payment is due in three days', 'Your payment of the card ending 4821 is due in three days.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-09-04 21:10:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20260901-001029', 1, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-09-01 19:57:03+00:00', null),
  ('ALR-20260829-001030', 1, 'LOW_BALANCE', 'Available balance falls below a threshold', 'Your available balance on card ending 4821 is below AUD 100.00.', 'SMS', 'DELIVERED', timestamp with time zone '2026-08-29 18:44:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20260826-001031', 1, 'PAYMENT_DUE', 'A card payment is due in three days', 'Your payment of the card ending 4821 is due in three days.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-08-26 17:31:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20260823-001032', 1, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-08-23 16:18:03+00:00', null),
  ('ALR-20260820-001033', 1, 'LOW_BALANCE', 'Available balance falls below a threshold', 'Your available balance on card ending 4821 is below AUD 100.00.', 'SMS', 'DELIVERED', timestamp with time zone '2026-08-20 16:05:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20260817-001034', 1, 'PAYMENT_DUE', 'A card payment is due in three days', 'Your payment of the card ending 4821 is due in three days.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-08-17 14:52:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20260814-001035', 1, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-08-14 20:39:03+00:00', null),
  ('ALR-20260811-001036', 1, 'LOW_BALANCE', 'Available balance falls below a threshold', 'Your available balance on card ending 4821 is below AUD 100.00.', 'SMS', 'DELIVERED', timestamp with time zone '2026-08-11 19:26:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20260808-001037', 1, 'PAYMENT_DUE', 'A card payment is due in three days', 'Your payment of the card ending 4821 is due in three days.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-08-08 19:13:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20260805-001038', 1, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'FAILED', timestamp with time zone '2026-08-05 18:00:03+00:00', null),
  ('ALR-20260802-001039', 1, 'LOW_BALANCE', 'Available balance falls below a threshold', 'Your available balance on card ending 4821 is below AUD 100.00.', 'SMS', 'DELIVERED', timestamp with time zone '2026-08-02 16:47:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20260730-001040', 1, 'PAYMENT_DUE', 'A card payment is due in three days', 'Your payment of the card ending 4821 is due in three days.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-07-30 15:34:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20260727-001041', 1, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-07-27 14:21:03+00:00', null),
  ('ALR-20260724-001042', 1, 'LOW_BALANCE', 'Available balance falls below a threshold', 'Your available balance on card ending 4821 is below AUD 100.00.', 'SMS', 'DELIVERED', timestamp with time zone '2026-07-24 21:08:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20260721-001043', 1, 'PAYMENT_DUE', 'A card payment is due in three days', 'Your payment of the card ending 4821 is due in three days.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-07-21 19:55:03+00:00', '4d6f1b2c8a9e0f3d4d6f1b2c8a9e0f3d'),
  ('ALR-20260718-001044', 1, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-07-18 18:42:03+00:00', null),
  ('ALR-20261125-002000', 2, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-11-25 09:00:00+00:00', null),
  ('ALR-20261115-002001', 2, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-11-15 09:00:00+00:00', null),
  ('ALR-20261105-002002', 2, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-11-05 09:00:00+00:00', null),
  ('ALR-20261026-002003', 2, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-10-26 09:00:00+00:00', null),
  ('ALR-20261016-002004', 2, 'PROFILE_CHANGE', 'Contact details were changed', 'Your contact details were changed. Call us if this was not you.', 'EMAIL', 'DELIVERED', timestamp with time zone '2026-10-16 09:00:00+00:00', null);

insert into offer (offer_id, customer_id, offer_status, campaign_id, wave_id, offer_product_code, offer_source_code, offer_expiry_date, channel_id, updated_at) values
  ('OFR-BT-2026-0001', 1, 'PRESENTED', 'CMP-2026-11', 'W01', 'BALANCE_TRANSFER', 'DIGITAL', date '2099-01-31', null, timestamp with time zone '2026-11-01 00:00:00+00:00'),
  ('OFR-CLI-2026-0002', 1, 'ACCEPTED', 'CMP-2026-10', 'W02', 'CREDIT_LIMIT_INCREASE', 'DIGITAL', date '2099-03-31', 'MOBILE', timestamp with time zone '2026-11-10 00:00:00+00:00'),
  ('OFR-PL-2025-0003', 1, 'VIEWED', 'CMP-2025-06', 'W01', 'PERSONAL_LOAN', 'BRANCH', date '2025-12-31', 'INTERNET', timestamp with time zone '2025-07-01 00:00:00+00:00'),
  ('OFR-BT-2026-0101', 2, 'PRESENTED', 'CMP-2026-11', 'W01', 'BALANCE_TRANSFER', 'DIGITAL', date '2099-01-31', null, timestamp with time zone '2026-11-01 00:00:00+00:00'),
  ('OFR-CLI-2026-0201', 3, 'DECLINED', 'CMP-2026-10', 'W01', 'CREDIT_LIMIT_INCREASE', 'PARTNER', date '2099-03-31', 'MOBILE', timestamp with time zone '2026-11-12 00:00:00+00:00');

insert into api_client (client_id, client_name, partner) values
  ('sandbox-app', 'Sandbox customer app', false),
  ('sandbox-partner', 'Sandbox partner site', true);

insert into sandbox_access_token (token, customer_id, client_id, scopes, expires_at) values
  ('sandbox-olivia', 1, 'sandbox-app', 'customers_profiles customers_profiles_update customers_alerts customers_offers cards_addresses', timestamp with time zone '2099-12-31 00:00:00+00:00'),
  ('sandbox-liam', 2, 'sandbox-app', 'customers_profiles customers_profiles_update customers_alerts customers_offers cards_addresses', timestamp with time zone '2099-12-31 00:00:00+00:00'),
  ('sandbox-charlotte', 3, 'sandbox-app', 'customers_profiles customers_profiles_update customers_alerts customers_offers cards_addresses', timestamp with time zone '2099-12-31 00:00:00+00:00'),
  ('sandbox-olivia-read-only', 1, 'sandbox-app', 'customers_profiles', timestamp with time zone '2099-12-31 00:00:00+00:00'),
  ('sandbox-partner-charlotte', 3, 'sandbox-partner', 'partner_customers_profiles', timestamp with time zone '2099-12-31 00:00:00+00:00'),
  ('sandbox-olivia-expired', 1, 'sandbox-app', 'customers_profiles customers_profiles_update customers_alerts customers_offers cards_addresses', timestamp with time zone '2020-01-01 00:00:00+00:00');
