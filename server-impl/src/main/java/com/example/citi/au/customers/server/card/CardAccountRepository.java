package com.example.citi.au.customers.server.card;

import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.profile.PostalAddressRows;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CardAccountRepository {

    private final JdbcClient jdbc;

    CardAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CardAccountAddresses> findAddresses(CustomerId customer, String accountId) {
        return jdbc.sql("""
                        select display_account_number from card_account
                        where account_id = :account and customer_id = :customer""")
                .param("account", accountId)
                .param("customer", customer.value())
                .query(String.class)
                .optional()
                .map(displayNumber -> new CardAccountAddresses(accountId, displayNumber,
                        jdbc.sql("select " + PostalAddressRows.COLUMNS
                                        + " from card_address where account_id = :account order by address_key")
                                .param("account", accountId)
                                .query(PostalAddressRows::map)
                                .list()));
    }
}
