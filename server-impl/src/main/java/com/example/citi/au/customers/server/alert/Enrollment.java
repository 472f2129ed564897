package com.example.citi.au.customers.server.alert;

enum Enrollment {
    ENROLLED, ELIGIBLE
}
