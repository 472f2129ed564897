package com.example.citi.au.customers.client;

import com.example.citi.au.customers.client.generated.api.ProfileImagesApi;
import com.example.citi.au.customers.client.generated.model.ProfileImage;
import com.example.citi.au.customers.client.generated.model.ProfileImageUpdateRequest;
import com.example.citi.au.customers.client.generated.model.ProfileImageUpdateResponse;
import com.example.citi.au.customers.client.retries.IdempotencyKey;

/** The operations of the spec's "Profile Images" tag; errors surface as the exceptions of {@code errors}, each named for what the answer means. */
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

    /** As {@link #updateCustomerProfileImage(ProfileImageUpdateRequest)}, with a key of your own: repeating the call with it later applies the write once. */
    public ProfileImageUpdateResponse updateCustomerProfileImage(ProfileImageUpdateRequest request, IdempotencyKey key) {
        return calls.call(() -> api.updateCustomerProfileImage(request, GeneratedCalls.keyed(key)));
    }

    public void deleteCustomerProfileImage() {
        calls.run(api::deleteCustomerProfileImage);
    }

    /** As {@link #deleteCustomerProfileImage()}, with a key of your own. */
    public void deleteCustomerProfileImage(IdempotencyKey key) {
        calls.run(() -> api.deleteCustomerProfileImage(GeneratedCalls.keyed(key)));
    }
}
