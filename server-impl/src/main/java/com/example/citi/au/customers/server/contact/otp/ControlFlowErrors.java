package com.example.citi.au.customers.server.contact.otp;

import com.example.citi.au.customers.server.domain.BusinessRuleException;
import com.example.citi.au.customers.server.domain.ControlFlowInfo;
import com.example.citi.au.customers.server.domain.ResourceNotFoundException;

/** The errors of the step-up journey, worded as the spec's OtpRejected and ControlFlowNotConfirmable tables. */
final class ControlFlowErrors {

    private static final String CONTROL_FLOW_ID = "controlFlowId";
    private static final String OTP_TOKEN = "otpToken";

    private ControlFlowErrors() {
    }

    static ResourceNotFoundException notFound() {
        return new ResourceNotFoundException(CONTROL_FLOW_ID);
    }

    static BusinessRuleException completed() {
        return new BusinessRuleException("controlFlowCompleted", "The control flow has already been confirmed",
                CONTROL_FLOW_ID, null);
    }

    static BusinessRuleException expired() {
        return new BusinessRuleException("controlFlowExpired", "The control flow has expired", CONTROL_FLOW_ID, null);
    }

    static BusinessRuleException locked(String controlFlowId) {
        return new BusinessRuleException("controlFlowLocked",
                "The control flow is locked after too many wrong one-time passwords", CONTROL_FLOW_ID,
                new ControlFlowInfo(controlFlowId, 0));
    }

    static BusinessRuleException invalidOtp(String controlFlowId, int remainingAttempts) {
        return new BusinessRuleException("invalidOtp", "The one-time password is not valid", OTP_TOKEN,
                new ControlFlowInfo(controlFlowId, remainingAttempts));
    }

    static BusinessRuleException otpExpired() {
        return new BusinessRuleException("otpExpired", "The one-time password has expired or was already used",
                OTP_TOKEN, null);
    }
}
