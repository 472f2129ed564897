package com.example.citi.au.customers.review.version;

import java.util.Locale;

/** How far {@code info.version} must move for a change: the verdict against the base decides it. */
public enum Bump {
    /** Nothing but {@code info.version} differs. */
    NONE,
    /** Only what no client can notice: descriptions, examples, extensions. */
    PATCH,
    /** Additions and changes that every client of the base survives. */
    MINOR,
    /** A change that breaks a client of the base, on the wire or in its code. */
    MAJOR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
