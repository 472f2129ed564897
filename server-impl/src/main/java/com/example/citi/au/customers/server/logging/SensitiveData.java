package com.example.citi.au.customers.server.logging;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what must never reach a log: credentials (bearer and basic credentials, JWTs, secrets,
 * one-time passwords), email addresses (first letter and domain kept) and phone numbers (last
 * four digits kept). Identifiers such as uuids, control flow ids and reference numbers are
 * left alone: a run of digits joined to letters or hyphens, or longer than a phone number can
 * be, is not a phone number.
 *
 * <p>Every line logged goes through here, so each pattern runs only on lines that hold the
 * text it needs (a word, an {@code @}, eight digits): most lines hold none of them.
 */
public final class SensitiveData {

    private static final Pattern AUTHORIZATION =
            Pattern.compile("(?i)(?<![\\w/])(Bearer|Basic)\\s+[A-Za-z0-9\\-._~+/]+=*");
    /** A JWT, or what is left of one when a log line is cut short: base64url JSON starts with eyJ. */
    private static final Pattern JWT =
            Pattern.compile("\\beyJ[A-Za-z0-9_-]{6,}(?:\\.[A-Za-z0-9_-]*){0,2}");
    static final Pattern SECRET_VALUE = Pattern.compile(
            "(?i)\\b(client_secret|secret|password|otpToken|otp|access_?token|refresh_?token|id_?token)(\"?\\s*[:=]\\s*\"?)[^\\s\"&,;}]+");
    /** Every name {@link #SECRET_VALUE} knows ends in one of these. */
    private static final String[] SECRET_NAME_ENDINGS = {"secret", "password", "token", "otp"};
    private static final Pattern ONE_TIME_PASSWORD =
            Pattern.compile("(?i)(one-time password\\D{0,20}?)\\b\\d{4,8}\\b");
    private static final Pattern EMAIL =
            Pattern.compile("([A-Za-z0-9_%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");
    static final Pattern PHONE = Pattern.compile("(?<![\\w-])\\+?\\d[\\d ]{6,}\\d(?![\\w-])");
    /** From an Australian landline without area code to the longest E.164 number. */
    private static final int PHONE_DIGITS_MIN = 8;
    private static final int PHONE_DIGITS_MAX = 15;
    private static final int KEPT_DIGITS = 4;

    private SensitiveData() {
    }

    public static String mask(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String masked = text;
        if (lower.contains("bearer") || lower.contains("basic")) {
            masked = AUTHORIZATION.matcher(masked).replaceAll("$1 ***");
        }
        if (masked.contains("eyJ")) {
            masked = JWT.matcher(masked).replaceAll("***");
        }
        if (mayHoldSecretValue(lower)) {
            masked = SECRET_VALUE.matcher(masked).replaceAll("$1$2***");
        }
        if (lower.contains("one-time password")) {
            masked = ONE_TIME_PASSWORD.matcher(masked).replaceAll("$1***");
        }
        if (masked.indexOf('@') >= 0) {
            masked = EMAIL.matcher(masked).replaceAll("$1***@$2");
        }
        return maskPhoneNumbers(masked);
    }

    /**
     * Whether a secret's name stands anywhere before an optional quote, spaces and {@code :} or
     * {@code =}, which {@link #SECRET_VALUE} needs to match. Run over a whole line, its alternation
     * of names is tried at every word boundary, and every line of the one-time password calls
     * holds "otp" in its path: 3% of the write journey's CPU (bench/profile/profile). The masks
     * before this one put only {@code ***} where they match, so they make no new match.
     */
    private static boolean mayHoldSecretValue(String lower) {
        for (String ending : SECRET_NAME_ENDINGS) {
            for (int at = lower.indexOf(ending); at >= 0; at = lower.indexOf(ending, at + 1)) {
                if (assignmentStartsAt(lower, at + ending.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code "?\s*[:=]} starts at {@code index}. */
    private static boolean assignmentStartsAt(String text, int index) {
        int at = index < text.length() && text.charAt(index) == '"' ? index + 1 : index;
        while (at < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at < text.length() && (text.charAt(at) == ':' || text.charAt(at) == '=');
    }

    /**
     * Runs {@link #PHONE} only over the stretches of digits, spaces and plus signs that hold enough
     * digits for a phone number: over a whole line, its look-behind is tried at every character,
     * and the uuid on every request line (often eight digits or more in a row) made that 7% of a
     * profile read's CPU. A match lies within such a stretch; transparent bounds let the
     * look-arounds see the characters on either side, so the matches are those of the whole line.
     */
    private static String maskPhoneNumbers(String text) {
        Matcher matcher = PHONE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        StringBuilder result = null;
        int copied = 0;
        int start = 0;
        while (start < text.length()) {
            int end = start;
            int digits = 0;
            while (end < text.length() && isPhoneCharacter(text.charAt(end))) {
                digits += isDigit(text.charAt(end)) ? 1 : 0;
                end++;
            }
            if (digits >= PHONE_DIGITS_MIN) {
                matcher.region(start, end);
                while (matcher.find()) {
                    result = result == null ? new StringBuilder(text.length()) : result;
                    result.append(text, copied, matcher.start()).append(masked(matcher.group()));
                    copied = matcher.end();
                }
            }
            start = end + 1; // the character at end, if any, is not a phone character
        }
        return result == null ? text : result.append(text, copied, text.length()).toString();
    }

    private static boolean isPhoneCharacter(char c) {
        return isDigit(c) || c == ' ' || c == '+';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The phone number {@link #PHONE} matched, masked if it holds as many digits as a phone number can. */
    static String masked(String phoneNumber) {
        String digits = phoneNumber.replaceAll("\\D", "");
        return digits.length() < PHONE_DIGITS_MIN || digits.length() > PHONE_DIGITS_MAX
                ? phoneNumber
                : "***" + digits.substring(digits.length() - KEPT_DIGITS);
    }
}
