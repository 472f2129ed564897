package com.example.citi.au.customers.client.errors;

/** 422 invalidOtp: the one-time password is not the one sent; {@link #remainingAttempts()} says how many tries are left. */
public class WrongOneTimePasswordException extends BusinessRuleException {

    public WrongOneTimePasswordException(String message, ErrorAnswer answer) {
        super(message, answer);
    }

    /** How many more passwords the flow accepts before it locks, when the answer says. */
    public java.util.OptionalInt remainingAttempts() {
        return errorResponse().map(error -> error.getMoreInfo()).map(info -> info.getRemainingOtpAttempts())
                .map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty());
    }
}
