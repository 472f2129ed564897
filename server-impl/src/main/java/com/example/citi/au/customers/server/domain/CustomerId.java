package com.example.citi.au.customers.server.domain;

/** The signed-in customer every read and change is scoped to. */
public record CustomerId(long value) {
}
