package com.example.citi.au.customers.server.contact.otp;

/** Masks a destination so a client can recognise it without learning it. */
final class DestinationMasks {

    private static final int VISIBLE_DIGITS = 4;

    private DestinationMasks() {
    }

    /** {@code +61 *****5678}: the country code, then all digits but the last four masked. */
    static String phone(String countryCode, String areaCode, String phoneNumber) {
        String digits = (areaCode == null ? "" : areaCode) + phoneNumber;
        int hidden = Math.max(0, digits.length() - VISIBLE_DIGITS);
        return "+" + countryCode + " " + "*".repeat(hidden) + digits.substring(hidden);
    }

    /** {@code o***@example.com}: the first character and the domain. */
    static String email(String emailAddress) {
        int at = emailAddress.lastIndexOf('@');
        if (at < 1) {
            return "***";
        }
        return emailAddress.charAt(0) + "***" + emailAddress.substring(at);
    }
}
