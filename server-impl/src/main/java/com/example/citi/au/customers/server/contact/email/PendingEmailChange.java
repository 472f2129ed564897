package com.example.citi.au.customers.server.contact.email;

import java.util.List;

/** An email update held until its one-time password is validated. */
record PendingEmailChange(List<EmailChange> emails) {
}
