package com.example.citi.au.customers.server.contact.otp;

import com.example.citi.au.customers.server.generated.api.OneTimePasswordsApiDelegate;
import com.example.citi.au.customers.server.generated.model.OtpSendRequest;
import com.example.citi.au.customers.server.generated.model.OtpSendResponse;
import com.example.citi.au.customers.server.generated.model.OtpValidationRequest;
import com.example.citi.au.customers.server.generated.model.OtpValidationResponse;
import com.example.citi.au.customers.server.limits.Limited;
import com.example.citi.au.customers.server.limits.RateLimitHeaders;
import com.example.citi.au.customers.server.security.CurrentCaller;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

@Service
final class OtpDelegate implements OneTimePasswordsApiDelegate {

    private final OtpService otpService;
    private final CurrentCaller currentCaller;

    OtpDelegate(OtpService otpService, CurrentCaller currentCaller) {
        this.otpService = otpService;
        this.currentCaller = currentCaller;
    }

    @Override
    public ResponseEntity<OtpSendResponse> sendOneTimePassword(String authorization, UUID uuid, String accept,
            String clientId, String contentType, OtpSendRequest request, String clientDetails,
            String idempotencyKey) {
        Limited<OtpDelivery> sent = otpService.send(currentCaller.customerId(), request.getControlFlowId(),
                OtpMapper.toChannel(request.getOtpDeliveryOption()));
        return RateLimitHeaders.ok(sent.allowance(), OtpMapper.toResponse(sent.value()));
    }

    @Override
    public ResponseEntity<OtpValidationResponse> validateOneTimePassword(String authorization, UUID uuid,
            String accept, String clientId, String contentType, OtpValidationRequest request, String clientDetails,
            String idempotencyKey) {
        otpService.validate(currentCaller.customerId(), request.getControlFlowId(), request.getOtpToken());
        return ResponseEntity.ok(OtpMapper.validated(request.getControlFlowId()));
    }
}
