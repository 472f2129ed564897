package com.example.citi.au.customers.server.profile;

record ContactPhone(long key, String type, String countryCode, String areaCode, String number,
                    String extension, boolean preferred) {
}
