package com.example.citi.au.customers.client.stepup;

import com.example.citi.au.customers.client.CustomerEmailOperations;
import com.example.citi.au.customers.client.CustomerPhoneNumberOperations;
import com.example.citi.au.customers.client.OneTimePasswordOperations;
import com.example.citi.au.customers.client.errors.StepUpRequiredException;
import com.example.citi.au.customers.client.generated.model.ControlFlowConfirmationRequest;
import com.example.citi.au.customers.client.generated.model.CustomerEmailResponse;
import com.example.citi.au.customers.client.generated.model.CustomerPhoneResponse;
import com.example.citi.au.customers.client.generated.model.EmailUpdateRequest;
import com.example.citi.au.customers.client.generated.model.OtpDeliveryOption;
import com.example.citi.au.customers.client.generated.model.OtpSendRequest;
import com.example.citi.au.customers.client.generated.model.OtpSendResponse;
import com.example.citi.au.customers.client.generated.model.OtpValidationRequest;
import com.example.citi.au.customers.client.generated.model.PhoneUpdateRequest;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The step-up journey in one call: send the change; when the answer is the step-up {@code 403}, send a
 * one-time password on the chosen channel, validate the password the prompt supplies, confirm, and return the
 * confirmed list. A change that needs no step-up is returned as answered. Each write carries its own
 * Idempotency-Key, so every step is retried safely. A wrong password comes back as
 * {@code WrongOneTimePasswordException} (with the tries left), an expired password as
 * {@code OneTimePasswordExpiredException}, an expired or locked flow as {@code ControlFlowExpiredException} or
 * {@code ControlFlowLockedException}; each names the flow, and nothing is applied.
 */
public final class StepUpJourney {

    private final CustomerEmailOperations emails;
    private final CustomerPhoneNumberOperations phoneNumbers;
    private final OneTimePasswordOperations passwords;

    public StepUpJourney(CustomerEmailOperations emails, CustomerPhoneNumberOperations phoneNumbers,
            OneTimePasswordOperations passwords) {
        this.emails = emails;
        this.phoneNumbers = phoneNumbers;
        this.passwords = passwords;
    }

    public CustomerEmailResponse changeEmails(EmailUpdateRequest change, OtpDeliveryOption channel,
            OneTimePasswordPrompt prompt) {
        return walk(() -> emails.updateCustomerEmails(change),
                flow -> emails.confirmCustomerEmailUpdate(new ControlFlowConfirmationRequest().controlFlowId(flow)),
                channel, prompt);
    }

    public CustomerPhoneResponse changePhoneNumbers(PhoneUpdateRequest change,
            OtpDeliveryOption channel, OneTimePasswordPrompt prompt) {
        return walk(() -> phoneNumbers.updateCustomerPhoneNumbers(change),
                flow -> phoneNumbers.confirmCustomerPhoneNumberUpdate(new ControlFlowConfirmationRequest().controlFlowId(flow)),
                channel, prompt);
    }

    private <T> T walk(Supplier<T> change, Function<String, T> confirm, OtpDeliveryOption channel,
            OneTimePasswordPrompt prompt) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(prompt, "prompt");
        String flow;
        try {
            return change.get();
        } catch (StepUpRequiredException stepUp) {
            flow = stepUp.flowId();
        }
        OtpSendResponse sent = passwords.sendOneTimePassword(
                new OtpSendRequest().controlFlowId(flow).otpDeliveryOption(channel));
        String password = prompt.passwordFor(new OneTimePasswordSent(flow, channel, sent));
        if (password == null || password.isBlank()) {
            throw new IllegalStateException("the prompt gave no one-time password for control flow " + flow);
        }
        passwords.validateOneTimePassword(new OtpValidationRequest().controlFlowId(flow).otpToken(password.trim()));
        return confirm.apply(flow);
    }
}
