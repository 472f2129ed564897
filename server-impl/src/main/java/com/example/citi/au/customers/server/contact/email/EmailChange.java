package com.example.citi.au.customers.server.contact.email;

/** One item of an update: changes the address with this key, or adds one when key is null. */
record EmailChange(Long key, String address, boolean preferred, String type) {

    boolean adds() {
        return key == null;
    }
}
