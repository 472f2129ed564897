package com.example.citi.au.customers.server.contact.otp;

import com.example.citi.au.customers.server.contact.outbox.OutboxMessage;
import com.example.citi.au.customers.server.contact.outbox.SandboxOutbox;
import com.example.citi.au.customers.server.domain.BusinessRuleException;
import com.example.citi.au.customers.server.domain.CustomerId;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OtpService {

    private final ControlFlowRepository flows;
    private final OtpDestinations destinations;
    private final OneTimePasswords passwords;
    private final SandboxOutbox outbox;
    private final Clock clock;
    private final StepUpProperties properties;

    OtpService(ControlFlowRepository flows, OtpDestinations destinations, OneTimePasswords passwords,
               SandboxOutbox outbox, Clock clock, StepUpProperties properties) {
        this.flows = flows;
        this.destinations = destinations;
        this.passwords = passwords;
        this.outbox = outbox;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional
    OtpDelivery send(CustomerId customer, String controlFlowId, OtpChannel channel) {
        Instant now = clock.instant();
        openFlow(customer, controlFlowId, now);
        OtpDestination destination = destinations.preferred(customer, channel)
                .orElseThrow(() -> BusinessRuleException.validationFailed(
                        "The customer has no preferred destination for this delivery option", "otpDeliveryOption"));
        String otp = passwords.generate();
        Instant otpExpiresAt = now.plus(properties.otp().validity());
        if (!flows.storeOtp(customer, controlFlowId, passwords.hash(controlFlowId, otp), otpExpiresAt)) {
            throw currentRejection(customer, controlFlowId, now);
        }
        outbox.deliver(customer, new OutboxMessage(controlFlowId, channel.name(), destination.masked(),
                messageText(otp), now));
        return new OtpDelivery(controlFlowId, destination, otpExpiresAt);
    }

    /** A wrong password is counted even though the answer is an error, hence no rollback for business rules. */
    @Transactional(noRollbackFor = BusinessRuleException.class)
    void validate(CustomerId customer, String controlFlowId, String otp) {
        Instant now = clock.instant();
        ControlFlow flow = openFlow(customer, controlFlowId, now);
        if (!flow.hasUsableOtpAt(now)) {
            throw ControlFlowErrors.otpExpired();
        }
        if (passwords.matches(flow.otpHash(), controlFlowId, otp)) {
            if (!flows.markValidated(customer, controlFlowId, flow.otpHash(), now)) {
                throw currentRejection(customer, controlFlowId, now);
            }
            return;
        }
        int maxAttempts = properties.otp().maxAttempts();
        if (!flows.countFailedAttempt(customer, controlFlowId, maxAttempts)) {
            throw currentRejection(customer, controlFlowId, now);
        }
        int remaining = maxAttempts - customersFlow(customer, controlFlowId).failedAttempts();
        throw remaining > 0
                ? ControlFlowErrors.invalidOtp(controlFlowId, remaining)
                : ControlFlowErrors.locked(controlFlowId);
    }

    private ControlFlow openFlow(CustomerId customer, String controlFlowId, Instant now) {
        ControlFlow flow = customersFlow(customer, controlFlowId);
        flow.requireOpenAt(now);
        return flow;
    }

    private ControlFlow customersFlow(CustomerId customer, String controlFlowId) {
        return flows.find(customer, controlFlowId).orElseThrow(ControlFlowErrors::notFound);
    }

    /** A concurrent request changed the flow after we read it: answer with the state it is in now. */
    private RuntimeException currentRejection(CustomerId customer, String controlFlowId, Instant now) {
        openFlow(customer, controlFlowId, now);
        return ControlFlowErrors.otpExpired();
    }

    private String messageText(String otp) {
        return "Your Citi one-time password is " + otp + ". It expires in "
                + properties.otp().validity().toMinutes() + " minutes.";
    }
}
