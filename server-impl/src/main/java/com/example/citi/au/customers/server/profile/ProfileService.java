package com.example.citi.au.customers.server.profile;

import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.domain.ResourceNotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Reads profiles without a transaction: each read is one statement, which sees one snapshot of
 * what was committed when it began (the whole profile too, {@link ProfileRepository#findFullProfile}).
 * Beginning and ending a transaction cost a twentieth of a profile read's CPU (profiled at 64
 * connections).
 */
@Service
class ProfileService {

    private final ProfileRepository profiles;

    ProfileService(ProfileRepository profiles) {
        this.profiles = profiles;
    }

    /** The whole profile; addressType, when given, narrows the addresses to that type. */
    FullProfile fullProfile(CustomerId customer, String addressType) {
        return profiles.findFullProfile(customer, addressType).orElseThrow(() -> new ResourceNotFoundException(null));
    }

    Particulars particulars(CustomerId customer) {
        return profiles.findParticulars(customer).orElseThrow(() -> new ResourceNotFoundException(null));
    }

    List<PostalAddress> addresses(CustomerId customer) {
        return profiles.findAddresses(customer);
    }
}
