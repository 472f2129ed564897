package com.example.citi.au.customers.server.negative;

/** What a negative case breaks; injection-looking strings count apart, wherever they go. */
enum Category {
    HEADER,
    PARAMETER,
    BODY,
    INJECTION
}
