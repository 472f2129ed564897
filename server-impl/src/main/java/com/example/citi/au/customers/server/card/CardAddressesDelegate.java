package com.example.citi.au.customers.server.card;

import com.example.citi.au.customers.server.generated.api.CardAddressesApiDelegate;
import com.example.citi.au.customers.server.generated.model.CardAccountAddressResponse;
import com.example.citi.au.customers.server.profile.ProfileMapper;
import com.example.citi.au.customers.server.web.CurrentCaller;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

@Service
class CardAddressesDelegate implements CardAddressesApiDelegate {

    private final CardAddressService cards;
    private final ProfileMapper addressMapper;
    private final CurrentCaller caller;

    CardAddressesDelegate(CardAddressService cards, ProfileMapper addressMapper, CurrentCaller caller) {
        this.cards = cards;
        this.addressMapper = addressMapper;
        this.caller = caller;
    }

    @Override
    public ResponseEntity<CardAccountAddressResponse> retrieveCardAccountAddresses(
            String authorization, UUID uuid, String accept, String clientId, String accountId, String clientDetails) {
        CardAccountAddresses account = cards.addresses(caller.customerId(), accountId);
        return ResponseEntity.ok(new CardAccountAddressResponse()
                .accountId(account.accountId())
                .displayAccountNumber(account.displayAccountNumber())
                .addressList(addressMapper.toAddresses(account.addresses())));
    }
}
