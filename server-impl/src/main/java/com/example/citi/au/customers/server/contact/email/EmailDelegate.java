package com.example.citi.au.customers.server.contact.email;

import com.example.citi.au.customers.server.generated.api.CustomerEmailsApiDelegate;
import com.example.citi.au.customers.server.generated.model.ControlFlowConfirmationRequest;
import com.example.citi.au.customers.server.generated.model.CustomerEmailResponse;
import com.example.citi.au.customers.server.generated.model.EmailUpdateRequest;
import com.example.citi.au.customers.server.security.CurrentCaller;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

@Service
final class EmailDelegate implements CustomerEmailsApiDelegate {

    private final EmailService emailService;
    private final CurrentCaller currentCaller;

    EmailDelegate(EmailService emailService, CurrentCaller currentCaller) {
        this.emailService = emailService;
        this.currentCaller = currentCaller;
    }

    @Override
    public ResponseEntity<CustomerEmailResponse> retrieveCustomerEmails(String authorization, UUID uuid, String accept,
            String clientId, String clientDetails) {
        return ResponseEntity.ok(EmailMapper.toResponse(emailService.emails(currentCaller.customerId())));
    }

    @Override
    public ResponseEntity<CustomerEmailResponse> updateCustomerEmails(String authorization, UUID uuid, String accept,
            String clientId, String contentType, EmailUpdateRequest request, String clientDetails,
            String idempotencyKey) {
        var emails = emailService.update(currentCaller.customerId(), EmailMapper.toChanges(request));
        return ResponseEntity.ok(EmailMapper.toResponse(emails));
    }

    @Override
    public ResponseEntity<CustomerEmailResponse> confirmCustomerEmailUpdate(String authorization, UUID uuid,
            String accept, String clientId, String contentType, ControlFlowConfirmationRequest request,
            String clientDetails,
            String idempotencyKey) {
        var emails = emailService.confirm(currentCaller.customerId(), request.getControlFlowId());
        return ResponseEntity.ok(EmailMapper.toResponse(emails));
    }
}
