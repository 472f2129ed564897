package com.example.citi.au.customers.server.domain;

/** A well-formed request that breaks a business rule of its operation. */
public final class BusinessRuleException extends RuntimeException {

    public static final String BUSINESS_VALIDATIONS_FAILED = "businessValidationsFailed";

    private final String code;
    private final String location;
    private final ControlFlowInfo controlFlow;

    public BusinessRuleException(String code, String details, String location, ControlFlowInfo controlFlow) {
        super(details);
        this.code = code;
        this.location = location;
        this.controlFlow = controlFlow;
    }

    public static BusinessRuleException validationFailed(String details, String location) {
        return new BusinessRuleException(BUSINESS_VALIDATIONS_FAILED, details, location, null);
    }

    public String code() {
        return code;
    }

    public String details() {
        return getMessage();
    }

    public String location() {
        return location;
    }

    public ControlFlowInfo controlFlow() {
        return controlFlow;
    }
}
