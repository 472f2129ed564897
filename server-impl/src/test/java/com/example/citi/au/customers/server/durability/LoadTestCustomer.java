package com.example.citi.au.customers.server.durability;

import java.math.BigDecimal;

/**
 * A customer added for a load test beside the sandbox's own, with one preferred email address,
 * one preferred mobile and a low-balance alert on one card, each with keys of its own.
 */
record LoadTestCustomer(long id, long emailKey, String email, long phoneKey, String phone, String accountId,
                        BigDecimal threshold) {

    static LoadTestCustomer number(int n) {
        return new LoadTestCustomer(1000L + n, 40_000L + n, "load." + n + "@example.com", 60_000L + n,
                "49%07d".formatted(n), "10ad%028x".formatted(n), new BigDecimal("100.00"));
    }

    /** The rows of this customer, as SQL that H2 in PostgreSQL mode and PostgreSQL both run. */
    String insertStatements() {
        return """
                insert into customer (customer_id, customer_type, customer_segment, name_prefix)
                  values (%1$d, 'INDIVIDUAL', 'CITIGOLD', 'MS');
                insert into customer_name (customer_id, position, first_name, last_name, full_name, name_type)
                  values (%1$d, 0, 'LOAD', 'TESTER', 'LOAD TESTER %1$d', 'LOCAL_NAME');
                insert into customer_address (address_key, customer_id, address_type, address_line1, city, state,
                                              postal_code, country_name)
                  values (%2$d, %1$d, 'HOME_ADDRESS', '1 Test Street', 'SYDNEY', 'NSW', '2000', 'AUSTRALIA');
                insert into customer_email (email_key, customer_id, email_address, preferred, email_type)
                  values (%3$d, %1$d, '%4$s', true, 'PERSONAL');
                insert into customer_phone (phone_key, customer_id, phone_type, phone_country_code, phone_number,
                                            preferred)
                  values (%5$d, %1$d, 'MOBILE', '61', '%6$s', true);
                insert into card_account (account_id, customer_id, display_account_number)
                  values ('%7$s', %1$d, 'XXXX-XXXX-XXXX-%8$04d');
                insert into alert_profile (customer_id, preferred_delivery_channel, email_key, phone_key,
                                           language_code, alerts_active)
                  values (%1$d, 'SMS', %3$d, %5$d, 'en', true);
                insert into customer_alert (customer_id, alert_type, alert_description, alert_category, account_id,
                                            enrollment_status, delivery_channels, threshold_amount, currency_code,
                                            takes_threshold)
                  values (%1$d, 'LOW_BALANCE', 'Available balance falls below a threshold', 'ACCOUNT', '%7$s',
                          'ENROLLED', 'SMS', %9$s, 'AUD', true);
                """.formatted(id, 70_000L + id, emailKey, email, phoneKey, phone, accountId, id % 10_000,
                threshold.toPlainString());
    }
}
