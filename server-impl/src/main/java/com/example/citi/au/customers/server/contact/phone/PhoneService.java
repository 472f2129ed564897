package com.example.citi.au.customers.server.contact.phone;

import com.example.citi.au.customers.server.contact.otp.ChangeKind;
import com.example.citi.au.customers.server.contact.otp.StepUp;
import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.domain.StepUpRequiredException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PhoneService {

    private final PhoneRepository repository;
    private final StepUp stepUp;

    PhoneService(PhoneRepository repository, StepUp stepUp) {
        this.repository = repository;
        this.stepUp = stepUp;
    }

    List<CustomerPhone> phones(CustomerId customer) {
        return repository.findAll(customer);
    }

    /** The held change must outlive the step-up answer, hence no rollback for it. */
    @Transactional(noRollbackFor = StepUpRequiredException.class)
    List<CustomerPhone> update(CustomerId customer, List<PhoneChange> changes) {
        List<CustomerPhone> current = repository.findAll(customer);
        List<CustomerPhone> after = PhoneUpdateRules.apply(current, changes);
        if (PhoneUpdateRules.needsStepUp(current, after)) {
            throw new StepUpRequiredException(stepUp.hold(customer, ChangeKind.PHONE, new PendingPhoneChange(changes)));
        }
        return save(customer, current, after);
    }

    /** The rules run again: the numbers may have changed since the update was held. */
    @Transactional
    List<CustomerPhone> confirm(CustomerId customer, String controlFlowId) {
        PendingPhoneChange pending = stepUp.complete(customer, ChangeKind.PHONE, controlFlowId, PendingPhoneChange.class);
        List<CustomerPhone> current = repository.findAll(customer);
        return save(customer, current, PhoneUpdateRules.apply(current, pending.phones()));
    }

    private List<CustomerPhone> save(CustomerId customer, List<CustomerPhone> current, List<CustomerPhone> after) {
        after.stream()
                .filter(phone -> !current.contains(phone))
                .forEach(phone -> repository.save(customer, phone));
        return repository.findAll(customer);
    }
}
