package com.example.citi.au.customers.server.contact.otp;

import java.time.Instant;

record OtpDelivery(String controlFlowId, OtpDestination destination, Instant otpExpiresAt) {
}
