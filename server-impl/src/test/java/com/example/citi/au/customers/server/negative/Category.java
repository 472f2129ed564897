package com.example.citi.au.customers.server.negative;

/**
 * What a negative case breaks; injection-looking strings count apart, wherever they go, and so do
 * the values exactly at a bound (the last value the bound lets through).
 */
enum Category {
    HEADER,
    PARAMETER,
    BODY,
    INJECTION,
    BOUNDARY,
    /** a method the contract does not declare for the path */
    METHOD
}
