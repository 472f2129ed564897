package com.example.citi.au.customers.server.contact.phone;

import java.util.Objects;

/** A phone number of the customer; key is null for a number a change adds, until it is stored. */
record CustomerPhone(Long key, String type, String countryCode, String areaCode, String number, String extension,
                     boolean preferred) {

    static final String MOBILE = "MOBILE";

    static CustomerPhone added(PhoneChange change) {
        return changed(null, change);
    }

    /** A change describes the whole number: an area code or extension it leaves out is removed. */
    CustomerPhone changedBy(PhoneChange change) {
        return changed(key, change);
    }

    CustomerPhone withPreferred(boolean preferred) {
        return new CustomerPhone(key, type, countryCode, areaCode, number, extension, preferred);
    }

    boolean sameNumberAs(CustomerPhone other) {
        return type.equals(other.type())
                && countryCode.equals(other.countryCode())
                && Objects.equals(areaCode, other.areaCode())
                && number.equals(other.number())
                && Objects.equals(extension, other.extension());
    }

    boolean isMobile() {
        return MOBILE.equals(type);
    }

    boolean isStored() {
        return key != null;
    }

    private static CustomerPhone changed(Long key, PhoneChange change) {
        return new CustomerPhone(key, change.type(), change.countryCode(), change.areaCode(), change.number(),
                change.extension(), change.preferred());
    }
}
