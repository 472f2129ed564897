package com.example.citi.au.customers.server.card;

import com.example.citi.au.customers.server.generated.api.CardAddressesApiDelegate;
import com.example.citi.au.customers.server.generated.model.CardAccountAddressResponse;
import com.example.citi.au.customers.server.security.CurrentCaller;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

@Service
class CardAddressesDelegate implements CardAddressesApiDelegate {

    private final CardAddressService cards;
    private final CardAddressMapper mapper;
    private final CurrentCaller caller;

    CardAddressesDelegate(CardAddressService cards, CardAddressMapper mapper, CurrentCaller caller) {
        this.cards = cards;
        this.mapper = mapper;
        this.caller = caller;
    }

    @Override
    public ResponseEntity<CardAccountAddressResponse> retrieveCardAccountAddresses(
            String authorization, UUID uuid, String accept, String clientId, String accountId, String clientDetails) {
        return ResponseEntity.ok(mapper.toResponse(cards.addresses(caller.customerId(), accountId)));
    }
}
