package com.example.citi.au.customers.server.profile;

import com.example.citi.au.customers.server.generated.api.PartnerApiDelegate;
import com.example.citi.au.customers.server.generated.model.CustomerProfile;
import com.example.citi.au.customers.server.security.CurrentCaller;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

@Service
class PartnerDelegate implements PartnerApiDelegate {

    private final ProfileService profiles;
    private final ProfileMapper mapper;
    private final CurrentCaller caller;

    PartnerDelegate(ProfileService profiles, ProfileMapper mapper, CurrentCaller caller) {
        this.profiles = profiles;
        this.mapper = mapper;
        this.caller = caller;
    }

    @Override
    public ResponseEntity<CustomerProfile> retrievePartnerCustomerProfile(
            String authorization, UUID uuid, String accept, String clientId, String clientDetails, String addressType) {
        return ResponseEntity.ok(mapper.toProfile(profiles.fullProfile(caller.customerId(), addressType)));
    }
}
