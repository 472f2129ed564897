package com.example.citi.au.customers.server.contact.otp;

enum OtpChannel {
    SMS,
    EMAIL
}
