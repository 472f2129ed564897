package com.example.citi.au.customers.server.profile;

record ContactEmail(long key, String address, boolean preferred, String type) {
}
