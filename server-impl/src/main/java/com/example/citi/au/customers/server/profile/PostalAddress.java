package com.example.citi.au.customers.server.profile;

/** A postal address of a customer or of a card account. */
public record PostalAddress(long key, String type, String line1, String line2, String line3, String line4,
                            String city, String state, String postalCode, String countryName) {
}
