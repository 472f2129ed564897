package com.example.citi.au.customers.server.contact.otp;

/** Where a password goes, known only masked: the sandbox delivers nothing, so the clear value is never needed. */
record OtpDestination(OtpChannel channel, String masked) {
}
