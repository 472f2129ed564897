package com.example.citi.au.customers.server.contact.phone;

import java.util.List;

/** A phone number update held until its one-time password is validated. */
record PendingPhoneChange(List<PhoneChange> phones) {
}
