package com.example.citi.au.customers.server.limits;

/** The server's rate limits, by the name their rejections are counted under. */
enum Limit {
    OTP_SENDS_PER_CONTROL_FLOW("otp-sends-per-control-flow"),
    OTP_SENDS_PER_CUSTOMER("otp-sends-per-customer"),
    FAILED_AUTHENTICATIONS_PER_CLIENT("failed-authentications-per-client"),
    FAILED_AUTHENTICATIONS_PER_ADDRESS("failed-authentications-per-address"),
    CALLS_PER_CLIENT("calls-per-client"),
    IMAGE_UPLOADS_PER_CUSTOMER("image-uploads-per-customer");

    private final String tag;

    Limit(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }
}
