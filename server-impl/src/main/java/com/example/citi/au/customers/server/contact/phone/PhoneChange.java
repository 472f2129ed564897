package com.example.citi.au.customers.server.contact.phone;

/** One item of an update: changes the number with this key, or adds one when key is null. */
record PhoneChange(Long key, String type, String countryCode, String areaCode, String number, String extension,
                   boolean preferred) {

    boolean adds() {
        return key == null;
    }
}
