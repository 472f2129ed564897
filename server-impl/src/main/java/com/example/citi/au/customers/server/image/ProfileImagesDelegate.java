package com.example.citi.au.customers.server.image;

import com.example.citi.au.customers.server.generated.api.ProfileImagesApiDelegate;
import com.example.citi.au.customers.server.generated.model.ProfileImage;
import com.example.citi.au.customers.server.generated.model.ProfileImageUpdateRequest;
import com.example.citi.au.customers.server.generated.model.ProfileImageUpdateResponse;
import com.example.citi.au.customers.server.limits.Limited;
import com.example.citi.au.customers.server.limits.RateLimitHeaders;
import com.example.citi.au.customers.server.security.CurrentCaller;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

@Service
class ProfileImagesDelegate implements ProfileImagesApiDelegate {

    private final ProfileImageService service;
    private final ProfileImageMapper mapper;
    private final CurrentCaller currentCaller;

    ProfileImagesDelegate(ProfileImageService service, ProfileImageMapper mapper, CurrentCaller currentCaller) {
        this.service = service;
        this.mapper = mapper;
        this.currentCaller = currentCaller;
    }

    @Override
    public ResponseEntity<ProfileImage> retrieveCustomerProfileImage(String authorization, UUID uuid, String accept,
                                                                     String clientId, String clientDetails) {
        return ResponseEntity.ok(mapper.toProfileImage(service.find(currentCaller.customerId())));
    }

    @Override
    public ResponseEntity<ProfileImageUpdateResponse> updateCustomerProfileImage(
            String authorization, UUID uuid, String accept, String clientId, String contentType,
            ProfileImageUpdateRequest request, String clientDetails,
            String idempotencyKey) {
        Limited<StoredImage> stored = service.replace(
                currentCaller.customerId(), request.getImageData(), mapper.toType(request.getImageFormat()));
        return RateLimitHeaders.ok(stored.allowance(), mapper.toUpdateResponse(stored.value()));
    }

    @Override
    public ResponseEntity<Void> deleteCustomerProfileImage(String authorization, UUID uuid, String accept,
                                                           String clientId, String clientDetails,
                                                           String idempotencyKey) {
        service.delete(currentCaller.customerId());
        return ResponseEntity.noContent().build();
    }
}
