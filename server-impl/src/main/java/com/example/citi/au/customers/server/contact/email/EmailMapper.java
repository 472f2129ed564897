package com.example.citi.au.customers.server.contact.email;

import com.example.citi.au.customers.server.generated.model.CustomerEmailResponse;
import com.example.citi.au.customers.server.generated.model.Email;
import com.example.citi.au.customers.server.generated.model.EmailUpdate;
import com.example.citi.au.customers.server.generated.model.EmailUpdateRequest;
import java.util.List;

final class EmailMapper {

    private EmailMapper() {
    }

    static List<EmailChange> toChanges(EmailUpdateRequest request) {
        return request.getEmails().stream().map(EmailMapper::toChange).toList();
    }

    static CustomerEmailResponse toResponse(List<CustomerEmail> emails) {
        return new CustomerEmailResponse().emails(emails.stream().map(EmailMapper::toEmail).toList());
    }

    private static EmailChange toChange(EmailUpdate update) {
        return new EmailChange(update.getEmailKey(), update.getEmailAddress(), update.getPreferredEmailFlag(),
                update.getEmailType());
    }

    private static Email toEmail(CustomerEmail email) {
        return new Email(email.address(), email.preferred(), email.key()).emailType(email.type());
    }
}
