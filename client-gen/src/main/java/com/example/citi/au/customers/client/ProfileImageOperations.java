package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.api.ProfileImagesApi;
import com.example.citi.au.customers.client.generated.model.ProfileImage;
import com.example.citi.au.customers.client.generated.model.ProfileImageUpdateRequest;
import com.example.citi.au.customers.client.generated.model.ProfileImageUpdateResponse;

/** The operations of the spec's "Profile Images" tag; errors surface as {@link CustomersApiException}. */
public final class ProfileImageOperations {

    private final ProfileImagesApi api;
    private final GeneratedCalls calls;

    ProfileImageOperations(ProfileImagesApi api, GeneratedCalls calls) {
        this.api = api;
        this.calls = calls;
    }

    public ProfileImage retrieveCustomerProfileImage() {
        return calls.call(api::retrieveCustomerProfileImage);
    }

    public ProfileImageUpdateResponse updateCustomerProfileImage(ProfileImageUpdateRequest request) {
        return calls.call(() -> api.updateCustomerProfileImage(request));
    }

    public void deleteCustomerProfileImage() {
        calls.run(api::deleteCustomerProfileImage);
    }
}
