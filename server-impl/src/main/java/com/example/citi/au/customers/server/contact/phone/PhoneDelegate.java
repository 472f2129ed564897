package com.example.citi.au.customers.server.contact.phone;

import com.example.citi.au.customers.server.generated.api.CustomerPhoneNumbersApiDelegate;
import com.example.citi.au.customers.server.generated.model.ControlFlowConfirmationRequest;
import com.example.citi.au.customers.server.generated.model.CustomerPhoneResponse;
import com.example.citi.au.customers.server.generated.model.PhoneUpdateRequest;
import com.example.citi.au.customers.server.security.CurrentCaller;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

@Service
final class PhoneDelegate implements CustomerPhoneNumbersApiDelegate {

    private final PhoneService phoneService;
    private final CurrentCaller currentCaller;

    PhoneDelegate(PhoneService phoneService, CurrentCaller currentCaller) {
        this.phoneService = phoneService;
        this.currentCaller = currentCaller;
    }

    @Override
    public ResponseEntity<CustomerPhoneResponse> retrieveCustomerPhoneNumbers(String authorization, UUID uuid,
            String accept, String clientId, String clientDetails) {
        return ResponseEntity.ok(PhoneMapper.toResponse(phoneService.phones(currentCaller.customerId())));
    }

    @Override
    public ResponseEntity<CustomerPhoneResponse> updateCustomerPhoneNumbers(String authorization, UUID uuid,
            String accept, String clientId, String contentType, PhoneUpdateRequest request, String clientDetails,
            String idempotencyKey) {
        var phones = phoneService.update(currentCaller.customerId(), PhoneMapper.toChanges(request));
        return ResponseEntity.ok(PhoneMapper.toResponse(phones));
    }

    @Override
    public ResponseEntity<CustomerPhoneResponse> confirmCustomerPhoneNumberUpdate(String authorization, UUID uuid,
            String accept, String clientId, String contentType, ControlFlowConfirmationRequest request,
            String clientDetails,
            String idempotencyKey) {
        var phones = phoneService.confirm(currentCaller.customerId(), request.getControlFlowId());
        return ResponseEntity.ok(PhoneMapper.toResponse(phones));
    }
}
