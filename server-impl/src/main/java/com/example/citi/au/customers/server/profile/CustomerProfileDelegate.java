package com.example.citi.au.customers.server.profile;

import com.example.citi.au.customers.server.generated.api.CustomerProfileApiDelegate;
import com.example.citi.au.customers.server.generated.model.CustomerAddressResponse;
import com.example.citi.au.customers.server.generated.model.CustomerParticularsResponse;
import com.example.citi.au.customers.server.generated.model.CustomerProfile;
import com.example.citi.au.customers.server.security.CurrentCaller;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

@Service
class CustomerProfileDelegate implements CustomerProfileApiDelegate {

    private final ProfileService profiles;
    private final ProfileMapper mapper;
    private final CurrentCaller caller;

    CustomerProfileDelegate(ProfileService profiles, ProfileMapper mapper, CurrentCaller caller) {
        this.profiles = profiles;
        this.mapper = mapper;
        this.caller = caller;
    }

    @Override
    public ResponseEntity<CustomerProfile> retrieveCustomerProfile(
            String authorization, UUID uuid, String accept, String clientId, String clientDetails) {
        return ResponseEntity.ok(mapper.toProfile(profiles.fullProfile(caller.customerId(), null)));
    }

    @Override
    public ResponseEntity<CustomerAddressResponse> retrieveCustomerAddresses(
            String authorization, UUID uuid, String accept, String clientId, String clientDetails) {
        return ResponseEntity.ok(mapper.toAddressResponse(profiles.addresses(caller.customerId())));
    }

    @Override
    public ResponseEntity<CustomerParticularsResponse> retrieveCustomerParticulars(
            String authorization, UUID uuid, String accept, String clientId, String clientDetails) {
        return ResponseEntity.ok(mapper.toParticulars(profiles.particulars(caller.customerId())));
    }
}
