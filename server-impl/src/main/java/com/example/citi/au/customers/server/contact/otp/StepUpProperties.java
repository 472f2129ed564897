package com.example.citi.au.customers.server.contact.otp;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties(prefix = "customers")
record StepUpProperties(OtpProperties otp, ControlFlowProperties controlFlow) {

    record OtpProperties(Duration validity, int maxAttempts) {
    }

    record ControlFlowProperties(Duration validity) {
    }
}
