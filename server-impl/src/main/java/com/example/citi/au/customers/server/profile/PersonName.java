package com.example.citi.au.customers.server.profile;

record PersonName(String first, String middle, String last, String full, String nameType) {
}
