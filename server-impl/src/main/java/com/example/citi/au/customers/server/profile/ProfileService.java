package com.example.citi.au.customers.server.profile;

import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.domain.ResourceNotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Reads profiles, each statement on its own. A transaction around them would buy no common
 * snapshot under READ COMMITTED, H2's and PostgreSQL's default isolation, where every statement
 * sees what was committed when it began; beginning and ending it cost a twentieth of a profile
 * read's CPU (profiled at 64 connections). The whole profile's statements share one connection
 * all the same, without a transaction ({@link ProfileRepository#findFullProfile}).
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
