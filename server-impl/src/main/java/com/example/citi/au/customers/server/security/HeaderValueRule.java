package com.example.citi.au.customers.server.security;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's rule for header values (every character assigned and not a control
 * character, tab allowed), with a fast path for the printable ASCII that every header of this
 * API carries: the firewall's regular expression checks each character of the 900-character
 * bearer token at every read of the header, which cost a third of a profile read's CPU. Paired
 * without this rule (bench/compare, 8 December 2026): 0.79x the profile reads a second, 1.26x the
 * CPU per read.
 */
final class HeaderValueRule {

    private static final char FIRST_PRINTABLE = 0x20;
    private static final char DELETE = 0x7f;

    private HeaderValueRule() {
    }

    static boolean allowed(String value) {
        return printableAscii(value, true) || StrictHttpFirewall.ALLOWED_HEADER_VALUES.test(value);
    }

    /** Whether every character is printable ASCII (or, when tabAllowed, a tab). */
    static boolean printableAscii(String value, boolean tabAllowed) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < FIRST_PRINTABLE || c >= DELETE) && !(tabAllowed && c == '\t')) {
                return false;
            }
        }
        return true;
    }
}
