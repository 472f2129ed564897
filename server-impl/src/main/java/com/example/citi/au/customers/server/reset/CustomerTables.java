package com.example.citi.au.customers.server.reset;

import java.util.List;

/**
 * Every table that holds a customer's data, each after the tables its rows refer to. The
 * customer row itself is not among them: a reset updates it in place, as every other row refers
 * to it. {@code CustomerTablesTest} fails when a migration adds a table this list does not name.
 */
final class CustomerTables {

    static final CustomerTable CUSTOMER = CustomerTable.byCustomerId("customer");

    /**
     * Tables a reset leaves alone: the sandbox's own; the answers already given to writes with an
     * Idempotency-Key (a reset does not unsay them, and a keyed reset stores its own answer there);
     * and the rate limits' counters (a reset that gave a customer back their one-time passwords
     * would undo the limit).
     */
    static final List<String> NOT_CUSTOMER_DATA = List.of("api_client", "flyway_schema_history", "idempotency_key",
            "rate_limit_bucket", "client_authentication_failure");

    static final List<CustomerTable> PARENTS_FIRST = List.of(
            CustomerTable.byCustomerId("customer_name"),
            CustomerTable.byCustomerId("customer_address"),
            CustomerTable.byCustomerId("customer_email"),
            CustomerTable.byCustomerId("customer_phone"),
            CustomerTable.byCustomerId("card_account"),
            new CustomerTable("card_address",
                    "account_id in (select account_id from card_account where customer_id = :customer)"),
            CustomerTable.byCustomerId("alert_profile"),
            CustomerTable.byCustomerId("customer_alert"),
            CustomerTable.byCustomerId("alert_history"),
            CustomerTable.byCustomerId("profile_image"),
            CustomerTable.byCustomerId("offer"),
            CustomerTable.byCustomerId("offer_fulfillment"),
            CustomerTable.byCustomerId("control_flow"),
            CustomerTable.byCustomerId("sandbox_outbox_message"));

    private CustomerTables() {
    }
}
