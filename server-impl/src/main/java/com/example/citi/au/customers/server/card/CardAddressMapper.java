package com.example.citi.au.customers.server.card;

import com.example.citi.au.customers.server.generated.model.CardAccountAddressResponse;
import com.example.citi.au.customers.server.profile.ProfileMapper;
import org.springframework.stereotype.Component;

@Component
class CardAddressMapper {

    private final ProfileMapper addresses;

    CardAddressMapper(ProfileMapper addresses) {
        this.addresses = addresses;
    }

    CardAccountAddressResponse toResponse(CardAccountAddresses account) {
        return new CardAccountAddressResponse()
                .accountId(account.accountId())
                .displayAccountNumber(account.displayAccountNumber())
                .addressList(addresses.toAddresses(account.addresses()));
    }
}
