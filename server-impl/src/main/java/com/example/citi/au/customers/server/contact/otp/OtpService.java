package com.example.citi.au.customers.server.contact.otp;

import com.example.citi.au.customers.server.contact.outbox.OutboxMessage;
import com.example.citi.au.customers.server.contact.outbox.SandboxOutbox;
import com.example.citi.au.customers.server.domain.BusinessRuleException;
import com.example.citi.au.customers.server.domain.CustomerId;
import com.example.citi.au.customers.server.limits.Allowance;
import com.example.citi.au.customers.server.limits.Limited;
import com.example.citi.au.customers.server.limits.OtpSendLimits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class OtpService {

    private final ControlFlowRepository flows;
    private final OtpDestinations destinations;
    private final OneTimePasswords passwords;
    private final SandboxOutbox outbox;
    private final Clock clock;
    private final StepUpProperties properties;
    private final OtpSendLimits limits;
    private final TransactionTemplate transactions;

    OtpService(ControlFlowRepository flows, OtpDestinations destinations, OneTimePasswords passwords,
               SandboxOutbox outbox, Clock clock, StepUpProperties properties, OtpSendLimits limits,
               TransactionTemplate transactions) {
        this.flows = flows;
        this.destinations = destinations;
        this.passwords = passwords;
        this.outbox = outbox;
        this.clock = clock;
        this.properties = properties;
        this.limits = limits;
        this.transactions = transactions;
    }

    /**
     * The customer's hourly quota is taken first, in a transaction of its own (never inside the
     * send's, which would hold two connections), and given back when nothing was sent. The flow's
     * own count is part of the send's transaction, so concurrent sends for a flow stop at its limit.
     */
    Limited<OtpDelivery> send(CustomerId customer, String controlFlowId, OtpChannel channel) {
        Allowance customersQuota = limits.takeForCustomer(customer);
        try {
            Limited<OtpDelivery> sent = transactions.execute(status -> sendNow(customer, controlFlowId, channel));
            return new Limited<>(sent.value(), customersQuota.tighter(sent.allowance()));
        } catch (RuntimeException e) {
            limits.giveBack(customer);
            throw e;
        }
    }

    private Limited<OtpDelivery> sendNow(CustomerId customer, String controlFlowId, OtpChannel channel) {
        Instant now = clock.instant();
        ControlFlow flow = openFlow(customer, controlFlowId, now);
        OtpDestination destination = destinations.preferred(customer, channel)
                .orElseThrow(() -> BusinessRuleException.validationFailed(
                        "The customer has no preferred destination for this delivery option", "otpDeliveryOption"));
        String otp = passwords.generate();
        Instant otpExpiresAt = now.plus(properties.otp().validity());
        if (!flows.storeOtp(customer, controlFlowId, passwords.hash(controlFlowId, otp), otpExpiresAt,
                limits.perControlFlow())) {
            throw sendRejection(customer, controlFlowId, now);
        }
        outbox.deliver(customer, new OutboxMessage(controlFlowId, channel.name(), destination.masked(),
                messageText(otp), now));
        Allowance flowsSends = limits.forControlFlow(flow.otpSends() + 1, Duration.between(now, flow.expiresAt()));
        return new Limited<>(new OtpDelivery(controlFlowId, destination, otpExpiresAt), flowsSends);
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

    /** The send was not stored: the flow closed meanwhile, or it has had all its passwords. */
    private RuntimeException sendRejection(CustomerId customer, String controlFlowId, Instant now) {
        ControlFlow flow = openFlow(customer, controlFlowId, now);
        if (flow.otpSends() >= limits.perControlFlow()) {
            return limits.controlFlowUsedUp(Duration.between(now, flow.expiresAt()));
        }
        return ControlFlowErrors.otpExpired();
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
