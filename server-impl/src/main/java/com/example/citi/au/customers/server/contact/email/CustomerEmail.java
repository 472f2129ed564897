package com.example.citi.au.customers.server.contact.email;

import java.util.Objects;

/** An email address of the customer; key is null for an address a change adds, until it is stored. */
record CustomerEmail(Long key, String address, boolean preferred, String type) {

    static CustomerEmail added(EmailChange change) {
        return new CustomerEmail(null, change.address(), change.preferred(), change.type());
    }

    /** A change without a type keeps the type the address has. */
    CustomerEmail changedBy(EmailChange change) {
        return new CustomerEmail(key, change.address(), change.preferred(), change.type() == null ? type : change.type());
    }

    CustomerEmail withPreferred(boolean preferred) {
        return new CustomerEmail(key, address, preferred, type);
    }

    boolean sameAddressAs(CustomerEmail other) {
        return address.equals(other.address()) && Objects.equals(type, other.type());
    }

    boolean isStored() {
        return key != null;
    }
}
