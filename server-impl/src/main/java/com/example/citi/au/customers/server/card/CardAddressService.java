package com.example.citi.au.customers.server.card;

import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.domain.ResourceNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CardAddressService {

    private final CardAccountRepository accounts;

    CardAddressService(CardAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The addresses of one of the customer's card accounts; another customer's account is not found. */
    CardAccountAddresses addresses(CustomerId customer, String accountId) {
        return accounts.findAddresses(customer, accountId)
                .orElseThrow(() -> new ResourceNotFoundException("accountId"));
    }
}
