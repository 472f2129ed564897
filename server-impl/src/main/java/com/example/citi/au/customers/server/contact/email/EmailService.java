package com.example.citi.au.customers.server.contact.email;

import com.example.citi.au.customers.server.contact.otp.ChangeKind;
import com.example.citi.au.customers.server.contact.otp.StepUp;
import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.domain.StepUpRequiredException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class EmailService {

    private final EmailRepository repository;
    private final StepUp stepUp;

    EmailService(EmailRepository repository, StepUp stepUp) {
        this.repository = repository;
        this.stepUp = stepUp;
    }

    List<CustomerEmail> emails(CustomerId customer) {
        return repository.findAll(customer);
    }

    /** The held change must outlive the step-up answer, hence no rollback for it. */
    @Transactional(noRollbackFor = StepUpRequiredException.class)
    List<CustomerEmail> update(CustomerId customer, List<EmailChange> changes) {
        List<CustomerEmail> current = repository.findAll(customer);
        List<CustomerEmail> after = EmailUpdateRules.apply(current, changes);
        if (EmailUpdateRules.needsStepUp(current, after)) {
            throw new StepUpRequiredException(stepUp.hold(customer, ChangeKind.EMAIL, new PendingEmailChange(changes)));
        }
        return save(customer, current, after);
    }

    /** The rules run again: the emails may have changed since the update was held. */
    @Transactional
    List<CustomerEmail> confirm(CustomerId customer, String controlFlowId) {
        PendingEmailChange pending = stepUp.complete(customer, ChangeKind.EMAIL, controlFlowId, PendingEmailChange.class);
        List<CustomerEmail> current = repository.findAll(customer);
        return save(customer, current, EmailUpdateRules.apply(current, pending.emails()));
    }

    private List<CustomerEmail> save(CustomerId customer, List<CustomerEmail> current, List<CustomerEmail> after) {
        after.stream()
                .filter(email -> !current.contains(email))
                .forEach(email -> repository.save(customer, email));
        return repository.findAll(customer);
    }
}
