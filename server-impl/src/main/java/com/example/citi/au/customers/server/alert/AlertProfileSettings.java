package com.example.citi.au.customers.server.alert;

/** How and whether alerts reach the customer; a null key means the preferred address or number is used. */
record AlertProfileSettings(AlertChannel preferredChannel, Long emailKey, Long phoneKey, String languageCode,
                            boolean active) {
}
