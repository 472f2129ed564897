package com.example.citi.au.customers.server.alert;

/** Which alerts to list; a null field does not filter. */
record AlertFilter(Enrollment enrollment, String alertType, String accountId) {
}
